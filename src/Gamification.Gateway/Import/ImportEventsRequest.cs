namespace Gamification.Gateway.Import;

/// <summary><c>POST /admin/import/events</c>: up to <see cref="MaxEvents"/> historical events, each user's in time order.</summary>
public sealed record ImportEventsRequest(IReadOnlyList<ImportEvent>? Events)
{
    public const int MaxEvents = 1000;

    /// <summary>The largest body the endpoint takes: a full batch of long ids.</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;
}
