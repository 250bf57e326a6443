using System.Text.Json;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Grains;
using Gamification.Persistence;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Gamification.Grains.Tests;

/// <summary>What survives restarts, midnight and a second writer: everything acknowledged, once.</summary>
public abstract class Durability(TestStorage storage) : IAsyncLifetime
{
    private TestSilo silo = null!;

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(storage);

    public async Task DisposeAsync() => await silo.DisposeAsync();

    [Fact]
    public async Task Acknowledged_awards_survive_a_silo_restart()
    {
        var user = Fresh.Id();
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_read", Fresh.Key()))));

        await silo.RestartAsync();

        var profile = await silo.Client.GetProfileAsync("storybook", user);
        var history = await silo.Client.GetHistoryAsync("storybook", user, limit: 500);
        Assert.Equal(acknowledged.Sum(a => a.ExpAdded), profile.ExperiencePoints);
        Assert.Equal(200, history.Entries.Count(e => e.Kind == "action"));
    }

    [Fact]
    public async Task A_key_replayed_after_a_restart_awards_nothing()
    {
        var (user, key) = (Fresh.Id(), Fresh.Key());
        await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_created", key));
        for (var i = 0; i < 20; i++)
            await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_read", Fresh.Key()));
        await silo.RestartAsync();

        var replay = await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_created", key));

        Assert.Equal((AwardStatus.Duplicate, 100, 100L), (replay.Status, replay.ExpAdded, replay.TotalExp));
        Assert.Equal(200, (await silo.Client.GetProfileAsync("storybook", user)).ExperiencePoints);
    }

    [Fact]
    public async Task Daily_limits_reset_at_utc_midnight_whether_or_not_the_reminder_has_fired()
    {
        var user = Fresh.Id();
        silo.Clock.SetUtcNow(UtcMidnightAfter(silo.Clock.GetUtcNow()).AddMinutes(-1));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand(user, "daily_chat", Fresh.Key()));
        var sameDay = await silo.Client.AwardAsync("mikoshi", new AwardCommand(user, "daily_chat", Fresh.Key()));

        silo.Clock.Advance(TimeSpan.FromMinutes(1));
        var justAfterMidnight = await silo.Client.GetLimitsAsync("mikoshi", user);
        var nextDay = await silo.Client.AwardAsync("mikoshi", new AwardCommand(user, "daily_chat", Fresh.Key()));

        Assert.Equal("daily_limit_reached", sameDay.Refusal?.Reason);
        Assert.Equal(60, sameDay.Refusal?.RetryAfterSeconds);
        Assert.Equal((0, 150), (justAfterMidnight.DailyExpGained, justAfterMidnight.RemainingExp));
        Assert.Equal((AwardStatus.Granted, 40L), (nextDay.Status, nextDay.TotalExp));
    }

    [Fact]
    public async Task The_midnight_reminder_clears_yesterdays_counters_and_retires_after_an_idle_day()
    {
        var user = Fresh.Id();
        var grain = GrainId.Create("user-progress", $"mikoshi/{user}");
        var midnight = UtcMidnightAfter(silo.Clock.GetUtcNow());
        silo.Clock.SetUtcNow(midnight.AddMinutes(-1));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand(user, "daily_chat", Fresh.Key()));
        var reminders = silo.Services.GetRequiredService<IReminderTable>();
        var state = silo.Services.GetRequiredService<IGrainStateQuery>();
        // Registered after the award is answered, off its latency path.
        var registered = await Eventually.ValueAsync(() => reminders.ReadRow(grain, "midnight-reset"), r => r is not null);

        var reset = await Eventually.HoldsAsync(
            async () => StoredDay(await state.ReadAsync(grain, default)) == $"{midnight:yyyy-MM-dd}",
            between: () => silo.Clock.Advance(TimeSpan.FromSeconds(1)));

        var stillScheduled = await reminders.ReadRow(grain, "midnight-reset") is not null;
        silo.Clock.SetUtcNow(midnight.AddDays(1).AddSeconds(-1));
        var retired = await Eventually.HoldsAsync(
            async () => await reminders.ReadRow(grain, "midnight-reset") is null,
            between: () => silo.Clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(midnight.UtcDateTime, registered?.StartAt);
        Assert.True(reset, "the midnight reminder never reset the stored counters");
        Assert.True(stillScheduled, "the reminder retired although the user was active the day before");
        Assert.True(retired, "the reminder of a user idle for a day was not retired");
        Assert.Equal(20, (await silo.Client.GetProfileAsync("mikoshi", user)).ExperiencePoints);
    }

    [Fact]
    public async Task Midnight_reminders_fall_due_spread_over_the_window_after_midnight_and_still_reset_the_counters()
    {
        // Eight minutes keeps every reminder inside Orleans's 10-minute loading window from its registration a minute
        // before midnight, so the silo schedules each one as it is registered; a reminder due later waits for a table
        // refresh, which skips to the next period if it reads the row after its due time.
        await using var spread = await TestSilo.StartAsync(storage, new Dictionary<string, string?> { ["MidnightReset:Spread"] = "00:08:00" });
        var midnight = UtcMidnightAfter(spread.Clock.GetUtcNow());
        spread.Clock.SetUtcNow(midnight.AddMinutes(-1));
        var users = Enumerable.Range(0, 5).Select(_ => Fresh.Id()).ToList();
        foreach (var user in users)
            await spread.Client.AwardAsync("mikoshi", new AwardCommand(user, "daily_chat", Fresh.Key()));
        var reminders = spread.Services.GetRequiredService<IReminderTable>();
        var due = new List<DateTime>();
        foreach (var user in users)
            due.Add((await Eventually.ValueAsync(() => reminders.ReadRow(UserGrain(user), "midnight-reset"), r => r is not null))!.StartAt);

        var state = spread.Services.GetRequiredService<IGrainStateQuery>();
        var last = UserGrain(users[due.IndexOf(due.Max())]);
        spread.Clock.SetUtcNow(new DateTimeOffset(due.Max(), TimeSpan.Zero).AddSeconds(-1));
        var reset = await Eventually.HoldsAsync(
            async () => StoredDay(await state.ReadAsync(last, default)) == $"{midnight:yyyy-MM-dd}",
            between: () => spread.Clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.All(due, d => Assert.InRange(d, midnight.UtcDateTime, midnight.UtcDateTime.AddMinutes(8)));
        Assert.True(due.Distinct().Count() >= 4, $"five users' reminders fell due at {string.Join(", ", due)}");
        Assert.True(reset, "the last user's spread reminder never reset the stored counters");
    }

    [Fact]
    public async Task A_midnight_tick_skipped_by_a_silo_down_across_midnight_is_caught_up_after_midnight()
    {
        await using var silo = await TestSilo.StartAsync(storage, new Dictionary<string, string?> { ["MidnightCatchUp:Enabled"] = "true" });
        var user = Fresh.Id();
        var grain = GrainId.Create("user-progress", $"mikoshi/{user}");
        var midnight = UtcMidnightAfter(silo.Clock.GetUtcNow());
        silo.Clock.SetUtcNow(midnight.AddMinutes(-1));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand(user, "daily_chat", Fresh.Key()));
        var reminders = silo.Services.GetRequiredService<IReminderTable>();
        await Eventually.ValueAsync(() => reminders.ReadRow(grain, "midnight-reset"), r => r is not null);

        // Orleans loads the reminder after its tick was due and waits a whole period (here, the next midnight).
        await silo.RestartAsync(whileDown: () => silo.Clock.SetUtcNow(midnight.AddSeconds(20)));
        var state = silo.Services.GetRequiredService<IGrainStateQuery>();
        var resetByTheReminder = await Eventually.HoldsAsync(
            async () => StoredDay(await state.ReadAsync(grain, default)) == $"{midnight:yyyy-MM-dd}",
            between: () => silo.Clock.Advance(TimeSpan.FromSeconds(1)), attempts: 35);
        var resetByTheCatchUp = await Eventually.HoldsAsync(
            async () => StoredDay(await state.ReadAsync(grain, default)) == $"{midnight:yyyy-MM-dd}",
            between: () => silo.Clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.False(resetByTheReminder, "the reminder fired after all: this test no longer shows a skipped tick");
        Assert.True(resetByTheCatchUp, "the midnight catch-up never reset the user whose tick was skipped");
        Assert.True(silo.Clock.GetUtcNow() >= midnight.AddMinutes(1), "the catch-up ran before its time");
        // Still registered for the next midnight, from the restarted silo's table.
        Assert.NotNull(await silo.Services.GetRequiredService<IReminderTable>().ReadRow(grain, "midnight-reset"));
        Assert.Equal(20, (await silo.Client.GetProfileAsync("mikoshi", user)).ExperiencePoints);
    }

    [Fact]
    public async Task A_second_activation_on_another_silo_makes_the_stale_writer_fail_and_nothing_is_lost()
    {
        var user = Fresh.Id();
        await using var twin = await silo.StartTwinAsync();
        var here = silo.Grains.GetGrain<IUserProgressGrain>($"storybook/{user}");
        var there = twin.Grains.GetGrain<IUserProgressGrain>($"storybook/{user}");
        await here.Award(new AwardCommand(user, "story_created", Fresh.Key()));
        await there.Award(new AwardCommand(user, "story_published", Fresh.Key()));

        var stale = await Record.ExceptionAsync(() => here.Award(new AwardCommand(user, "friend_added", Fresh.Key())));
        var retried = await here.Award(new AwardCommand(user, "friend_added", Fresh.Key()));

        Assert.IsType<InconsistentStateException>(stale);
        Assert.Equal(170, retried.TotalExp);
        Assert.Equal(3, (await silo.Client.GetHistoryAsync("storybook", user)).Entries.Count(e => e.Kind == "action"));
    }

    private static string? StoredDay(StoredState? stored) =>
        stored is null ? null : JsonDocument.Parse(stored.PayloadJson).RootElement.GetProperty("today").GetProperty("day").GetString();

    private static GrainId UserGrain(string user) => GrainId.Create("user-progress", $"mikoshi/{user}");

    private static DateTimeOffset UtcMidnightAfter(DateTimeOffset now) => new(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
}

public sealed class DurabilityOnSqlite() : Durability(TestStorage.Sqlite);

public sealed class DurabilityOnPostgres() : Durability(TestStorage.Postgres);
