namespace Gamification.Cli.Import;

/// <summary>What the service did with one row.</summary>
internal enum RowOutcome
{
    /// <summary>Applied now, or earlier (the idempotency key answered the original result).</summary>
    Acknowledged,

    /// <summary>Refused by the rules or the gateway, with a reason; nothing changed.</summary>
    Rejected,

    /// <summary>Its target is not registered yet (registered by another user's row still in flight): tried again at the end.</summary>
    TargetNotYetKnown,

    /// <summary>No answer after retries; not recorded in the checkpoint, so a rerun sends it again.</summary>
    Failed,
}
