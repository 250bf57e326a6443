namespace Gamification.Gateway.Import;

/// <summary>What became of one event of a batch, by its index.</summary>
/// <param name="Status">The status the event would have had alone on <c>POST /api/exp/gain</c>: 200, 400, 404, 409, 422, 429.</param>
/// <param name="Outcome"><c>awarded</c>, <c>duplicate</c> (applied before: nothing changed), <c>rejected</c> or <c>invalid</c>.</param>
/// <param name="Reason">The refusal's code (<c>daily_limit_reached</c>) or the invalid field.</param>
public sealed record ImportEventResult(int Index, int Status, string Outcome, string? Reason, string? Detail, int ExpAdded, long TotalExp);
