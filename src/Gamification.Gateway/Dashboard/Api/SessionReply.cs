namespace Gamification.Gateway.Dashboard;

/// <summary><c>GET /dashboard/api/session</c>: who is signed in and which apps they may inspect.</summary>
internal sealed record SessionReply(string Name, string Kind, IReadOnlyList<string> Apps);
