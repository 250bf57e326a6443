namespace Gamification.Cluster.Process.Tests;

/// <summary>One event a test sends: a user, an action and the idempotency key that names it.</summary>
internal sealed record AwardEvent(string UserId, string Action, string Key)
{
    /// <summary>The app whose key sends it.</summary>
    public string App { get; init; } = "storybook";

    public object Body => new { user_id = UserId, action = Action, idempotency_key = Key };
}
