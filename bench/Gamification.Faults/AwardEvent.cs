namespace Gamification.Faults;

/// <summary>One event the load sends: an app, a user, an action and the idempotency key that names it.</summary>
public sealed record AwardEvent(string App, string UserId, string Action, string Key)
{
    public object Body => new { user_id = UserId, action = Action, idempotency_key = Key };

    /// <summary>
    /// The <paramref name="index"/>th event of <paramref name="run"/>: four in five are storybook reads (no cap, all
    /// granted), one in five a mikoshi chat milestone or daily chat, so the 150 XP cap and the 1/day limit are hit.
    /// </summary>
    public static AwardEvent Of(string run, long index)
    {
        if (index % 5 != 0)
            return new("storybook", $"s{run}-{index % 200}", "story_read", $"{run}-s{index}");
        return new("mikoshi", $"m{run}-{index / 5 % 40}", index % 50 == 0 ? "daily_chat" : "chat_used_50", $"{run}-m{index}");
    }

    /// <summary>Every user the events of <paramref name="run"/> go to (storybook's: the indexes that are not multiples of 5).</summary>
    public static IEnumerable<(string App, string User)> Users(string run) =>
        Enumerable.Range(0, 200).Where(i => i % 5 != 0).Select(i => ("storybook", $"s{run}-{i}")).Concat(Enumerable.Range(0, 40).Select(i => ("mikoshi", $"m{run}-{i}")));
}
