using System.Globalization;
using System.Text.Json;
using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>
/// The reminders view over Orleans's reminder table: a user's midnight reset shows as due within the hour before
/// midnight; once the clock passes midnight it shows as fallen due (next due a day later), and it did fire: the
/// user's stored daily counters moved to the new day.
/// </summary>
public sealed class RemindersApiTests
{
    [Fact]
    public async Task A_midnight_reset_is_listed_as_due_in_the_next_hour_and_then_as_fallen_due_once_it_fired()
    {
        var admin = TestApiKey.For("mikoshi");
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, DashboardSilo.Settings(admin, "unused-read-key"));
        var now = silo.Clock.GetUtcNow();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        silo.Clock.SetUtcNow(midnight.AddMinutes(-30));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand("fay", "create_character", "", new EntityTarget("character", "f1")));
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);
        var dayBefore = Day(await InspectAsync(http));

        // The award registers its reminder after it answers.
        var before = await Eventually.ValueAsync(() => RemindersAsync(http), r => Fay(r, "next_hour") is not null);
        var fired = await Eventually.HoldsAsync(
            async () => Day(await InspectAsync(http)) != dayBefore,
            between: () => silo.Clock.Advance(TimeSpan.FromMinutes(1)));
        var after = await RemindersAsync(http);

        Assert.True(before.GetProperty("due_next_hour").GetInt32() >= 1);
        Assert.True(before.GetProperty("total").GetInt32() >= 1);
        Assert.True(before.GetProperty("complete").GetBoolean());
        var due = Fay(before, "next_hour")!.Value;
        Assert.Equal(midnight, At(due, "due_at"));
        Assert.Equal(86_400, due.GetProperty("period_seconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, due.GetProperty("last_due_at").ValueKind);
        Assert.True(fired);
        var fallen = Fay(after, "last_hour");
        Assert.NotNull(fallen);
        Assert.Equal(midnight, At(fallen.Value, "last_due_at"));
        Assert.Equal(midnight.AddDays(1), At(fallen.Value, "due_at"));
        Assert.True(after.GetProperty("due_last_hour").GetInt32() >= 1);
    }

    private static async Task<JsonElement> RemindersAsync(HttpClient http) => await Json.ReadAsync(await http.GetAsync("/dashboard/api/reminders"));

    private static async Task<JsonElement> InspectAsync(HttpClient http) => await Json.ReadAsync(await http.GetAsync("/dashboard/api/inspect?app=mikoshi&kind=user&id=fay"));

    private static string? Day(JsonElement inspection) =>
        inspection.GetProperty("state").TryGetProperty("today", out var today) && today.TryGetProperty("day", out var day) ? day.ToString() : null;

    private static JsonElement? Fay(JsonElement reminders, string list)
    {
        foreach (var row in reminders.GetProperty(list).EnumerateArray())
        {
            if (row.GetProperty("grain_type").GetString() == "user-progress" && row.GetProperty("grain_key").GetString() == "mikoshi/fay")
                return row;
        }
        return null;
    }

    private static DateTimeOffset At(JsonElement row, string field) => DateTimeOffset.Parse(row.GetProperty(field).GetString()!, CultureInfo.InvariantCulture);
}
