namespace Gamification.Runtime;

/// <summary>An exception reduced to what crosses the wire: a code naming its type, its message and one detail (a parameter name, an app id).</summary>
/// <param name="Code">The stable code of the exception type, for example <c>grain-unavailable</c>.</param>
/// <param name="Message">The exception's message.</param>
/// <param name="Detail">The one property the caller needs to rebuild it, or null.</param>
public sealed record RemoteFailure(string Code, string Message, string? Detail);
