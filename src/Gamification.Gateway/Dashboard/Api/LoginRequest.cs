namespace Gamification.Gateway.Dashboard;

/// <summary><c>POST /dashboard/login</c>: a dashboard user's name and password.</summary>
internal sealed record LoginRequest(string? Name, string? Password);
