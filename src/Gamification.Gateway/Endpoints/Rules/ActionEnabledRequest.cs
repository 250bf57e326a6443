namespace Gamification.Gateway.Endpoints.Rules;

/// <summary>The body of <c>PUT /admin/rules/actions/{action}/enabled</c>.</summary>
internal sealed record ActionEnabledRequest(bool? Enabled);
