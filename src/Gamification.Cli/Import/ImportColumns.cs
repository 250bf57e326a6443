namespace Gamification.Cli.Import;

/// <summary>The columns (CSV header names, JSON Lines property names) an import file may use.</summary>
internal static class ImportColumns
{
    public const string UserId = "user_id";
    public const string Action = "action";
    public const string TargetType = "target_type";
    public const string TargetId = "target_id";
    public const string Amount = "amount";
    public const string Xp = "xp";
    public const string Reason = "reason";
    public const string OccurredAt = "occurred_at";
    public const string IdempotencyKey = "idempotency_key";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        UserId, Action, TargetType, TargetId, Amount, Xp, Reason, OccurredAt, IdempotencyKey,
    };
}
