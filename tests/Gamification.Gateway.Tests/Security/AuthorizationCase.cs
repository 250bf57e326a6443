namespace Gamification.Gateway.Tests.Security;

/// <summary>One row of the authorization matrix: a request about <c>user</c> by some credential, and the status it must get.</summary>
public sealed record AuthorizationCase(HttpMethod Method, Func<string, string> Path, Func<string, object?> Body, Func<string, Fixtures.Credential> Credential, int Status);
