namespace Gamification.Gateway.Dashboard;

/// <summary>
/// <c>GET /dashboard/api/session</c>: who is signed in, which apps they may inspect, and whether they may open
/// the Orleans dashboard (<c>/dashboard/orleans</c>: dashboard users only, since it shows every app's grains).
/// </summary>
internal sealed record SessionReply(string Name, string Kind, IReadOnlyList<string> Apps, bool OrleansDashboard);
