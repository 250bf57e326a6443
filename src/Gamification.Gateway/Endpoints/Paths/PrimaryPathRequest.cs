namespace Gamification.Gateway.Endpoints.Paths;

/// <summary>The body of <c>PUT /api/users/{user_id}/paths/primary</c>.</summary>
internal sealed record PrimaryPathRequest(string? PathId);
