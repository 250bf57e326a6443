using System.Text.Json;
using System.Text.Json.Nodes;
using Gamification.Domain.Progress;
using Gamification.Grains.Names;

namespace Gamification.Grains.Tests.State;

/// <summary>Grain state read back with shared names is the state as written, and its names are one copy each.</summary>
public sealed class StateReadingTests
{
    private const string Stored = """
        {"xp": 40, "today": {"day": "2026-11-22", "xp_gained": 12, "action_counts": {"post": 12}, "watch_minutes": 3, "daily_reward_granted": true},
         "badges": [{"badge_id": "first_post", "scope": null, "earned_at": "2026-11-21T10:00:00+00:00"}, {"badge_id": "module_expert", "scope": "module-7", "earned_at": "2026-11-22T01:00:00+00:00"}],
         "path_xp": {"writer": 24}, "user_type": "Paid", "primary_path": "writer",
         "xp_by_window": {"month:2026-11": 40, "week:2026-W47": 40, "day:2026-11-22": 12}, "action_totals": {"post": 38, "caf\u00e9": 2},
         "recent_awards": [{"at": "2026-11-22T02:31:39.439269+00:00", "key": "load-73040", "level": 1, "action": "post", "total_xp": 40, "xp_added": 1, "leveled_up": false}],
         "last_earned_at": {"post": "2026-11-22T02:31:39.439269+00:00"},
         "watch_sessions": [{"stream_id": "s1", "last_beat_at": "2026-11-22T02:00:00+00:00", "carry": "00:00:20", "minutes_awarded": 3}],
         "ledger_sequence": 44, "midnight_reset_scheduled": true}
        """;

    [Fact]
    public void A_state_read_with_shared_names_writes_back_as_it_was_stored()
    {
        var read = JsonSerializer.Deserialize(Stored, ReadInfo(new NameTable()))!;

        var written = JsonSerializer.Serialize(read, GrainsJsonContext.Default.UserProgress);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Stored), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Names_are_one_copy_across_states_and_idempotency_keys_are_not_shared()
    {
        var info = ReadInfo(new NameTable());

        var first = JsonSerializer.Deserialize(Stored, info)!;
        var second = JsonSerializer.Deserialize(Stored, info)!;

        Assert.Same(Key(first.ActionTotals, "post"), Key(second.Today.ActionCounts, "post"));
        Assert.Same(first.RecentAwards[0].Action, Key(second.ActionTotals, "post"));
        Assert.Same(Key(first.XpByWindow, "week:2026-W47"), Key(second.XpByWindow, "week:2026-W47"));
        Assert.Same(Key(first.PathXp, "writer"), second.PrimaryPath);
        Assert.Same(first.Badges[1].Scope, second.Badges[1].Scope);
        Assert.Same(Key(first.ActionTotals, "café"), Key(second.ActionTotals, "café"));
        Assert.NotSame(first.RecentAwards[0].Key, second.RecentAwards[0].Key);
    }

    [Fact]
    public void A_name_too_long_to_share_is_copied_each_time()
    {
        var names = new NameTable();
        var longName = new string('a', NameTable.MaxLength + 1);

        Assert.NotSame(names.Get(longName), names.Get(longName));
        Assert.Same(names.Get("post"), names.Get("post"));
    }

    [Fact]
    public void A_full_table_starts_over_and_shares_again()
    {
        var names = new NameTable(capacity: 2);
        var post = names.Get("post");
        names.Get("like");

        var afterFull = names.Get("share");

        Assert.NotSame(post, names.Get("post"));
        Assert.Same(afterFull, names.Get("share"));
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<UserProgress> ReadInfo(NameTable names) =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<UserProgress>)StateReading.Create(names).GetTypeInfo(typeof(UserProgress));

    private static string Key<TValue>(IReadOnlyDictionary<string, TValue> map, string key) => map.Keys.Single(k => k == key);
}
