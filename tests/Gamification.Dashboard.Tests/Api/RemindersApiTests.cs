using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>The reminders view: a user's midnight reset shows as due within the hour before midnight, then as fired.</summary>
public sealed class RemindersApiTests
{
    [Fact]
    public async Task A_midnight_reset_is_listed_as_due_in_the_next_hour_and_then_as_last_fired()
    {
        var admin = TestApiKey.For("mikoshi");
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, DashboardSilo.Settings(admin, "unused-read-key"));
        var now = silo.Clock.GetUtcNow();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        silo.Clock.SetUtcNow(midnight.AddMinutes(-30));
        await silo.Client.AwardAsync("mikoshi", new AwardCommand("fay", "create_character", "", new EntityTarget("character", "f1")));
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);

        var before = await Json.ReadAsync(await http.GetAsync("/dashboard/api/reminders"));
        var fired = await Eventually.HoldsAsync(
            async () => (await Json.ReadAsync(await http.GetAsync("/dashboard/api/reminders"))).GetProperty("last_fired").EnumerateArray()
                .Any(r => r.GetProperty("grain_key").GetString() == "mikoshi/fay"),
            between: () => silo.Clock.Advance(TimeSpan.FromMinutes(1)));

        Assert.True(before.GetProperty("due_next_hour").GetInt32() >= 1);
        Assert.Contains(before.GetProperty("next_hour").EnumerateArray(), r => r.GetProperty("grain_key").GetString() == "mikoshi/fay"
            && DateTimeOffset.Parse(r.GetProperty("due_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture) == midnight);
        Assert.Equal(0, before.GetProperty("overdue").GetInt32());
        Assert.True(fired);
    }
}
