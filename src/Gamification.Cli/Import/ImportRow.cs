namespace Gamification.Cli.Import;

/// <summary>
/// One valid row of an import file: an event of the catalog (<see cref="Action"/>) replayed through
/// the rules, or a direct XP grant (<see cref="Xp"/> with a <see cref="Reason"/>).
/// </summary>
/// <param name="Line">The row's line number in the file, for the summary and the checkpoint.</param>
internal sealed record ImportRow(
    long Line,
    string UserId,
    string? Action,
    string? TargetType,
    string? TargetId,
    int? Amount,
    int? Xp,
    string? Reason,
    DateTimeOffset OccurredAt,
    string IdempotencyKey)
{
    public bool IsGrant => Action is null;
}
