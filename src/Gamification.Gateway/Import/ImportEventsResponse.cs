namespace Gamification.Gateway.Import;

/// <summary>Per-event results of an import batch, in the order the events were sent.</summary>
public sealed record ImportEventsResponse(IReadOnlyList<ImportEventResult> Results);
