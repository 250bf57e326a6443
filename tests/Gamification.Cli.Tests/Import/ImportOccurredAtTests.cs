using System.Net;
using System.Net.Http.Json;
using Gamification.Cli.Tests.Fixtures;

namespace Gamification.Cli.Tests.Import;

/// <summary>Imported events count against the limits of the UTC day they happened on, not the day of the import.</summary>
public sealed class ImportOccurredAtTests(CliSilo cluster) : IClassFixture<CliSilo>, IDisposable
{
    private const string App = "mikoshi";
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Daily_limits_count_each_event_on_its_own_day_and_the_day_over_the_limit_is_refused_by_line()
    {
        var user = $"days-{Guid.NewGuid():N}"[..20];
        var file = folder.Write("days.csv", string.Join('\n',
            "user_id,action,target_type,target_id,occurred_at",
            $"{user},create_character,character,{user}-1,2026-11-18T10:00:00Z",
            $"{user},create_character,character,{user}-2,2026-11-18T11:00:00Z",
            $"{user},create_character,character,{user}-3,2026-11-18T12:00:00Z",
            $"{user},create_character,character,{user}-4,2026-11-19T10:00:00Z",
            $"{user},create_character,character,{user}-5,2026-11-19T11:00:00Z"));

        var run = await CliRun.RunAsync(["import", file, "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("acknowledged: 4", run.Output);
        Assert.Matches(@"4\s*│\s*429 daily_limit_reached: Daily limit reached for create_character \(2/day\)", run.Output);
        Assert.Equal(120, (await cluster.Client.GetProfileAsync(App, user)).ExperiencePoints);
        Assert.Equal(0, (await cluster.Client.GetLimitsAsync(App, user)).DailyExpGained);
        var history = await cluster.Client.GetHistoryAsync(App, user);
        Assert.Equal(["2026-11-19", "2026-11-19", "2026-11-18", "2026-11-18"], history.Entries.Select(e => e.At.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var check = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public async Task An_event_of_a_day_before_the_users_current_day_is_refused_with_a_reason_and_changes_nothing()
    {
        var user = $"late-{Guid.NewGuid():N}"[..20];
        var recent = folder.Write("recent.csv", $"user_id,action,target_type,target_id,occurred_at\n{user},create_character,character,{user}-1,2026-11-20T10:00:00Z\n");
        var older = folder.Write("older.csv", $"user_id,action,target_type,target_id,occurred_at\n{user},create_character,character,{user}-0,2026-11-19T10:00:00Z\n");
        Assert.Equal(0, (await CliRun.RunAsync(["import", recent, "--app", App, .. cluster.Service(App)])).ExitCode);

        var run = await CliRun.RunAsync(["import", older, "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("occurred_before_current_day: The event occurred on 2026-11-19, before the user's current day 2026-11-20", run.Output);
        Assert.Equal(30, (await cluster.Client.GetProfileAsync(App, user)).ExperiencePoints);
    }

    [Fact]
    public async Task The_batch_endpoint_answers_per_event_and_refuses_a_future_time_or_a_missing_key_by_field()
    {
        using var http = new HttpClient { BaseAddress = cluster.Silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", cluster.Key(App));
        var user = $"batch-{Guid.NewGuid():N}"[..20];
        var body = new
        {
            events = new object[]
            {
                new { user_id = user, action = "daily_chat", occurred_at = "2026-11-20T10:00:00Z", idempotency_key = $"{user}-1" },
                new { user_id = user, action = "daily_chat", occurred_at = "2030-01-01T00:00:00Z", idempotency_key = $"{user}-2" },
                new { user_id = user, action = "daily_chat", occurred_at = "2026-11-21T08:00:00Z" },
                new { user_id = user, action = "daily_chat", occurred_at = "2026-11-20T10:00:00Z", idempotency_key = $"{user}-1" },
            },
        };

        using var response = await http.PostAsJsonAsync("/admin/import/events", body);
        using var empty = await http.PostAsJsonAsync("/admin/import/events", new { events = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["awarded", "invalid", "invalid", "duplicate"], results.Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal("occurred_at", results[1].GetProperty("reason").GetString());
        Assert.Equal("idempotency_key", results[2].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("\"events\"", await empty.Content.ReadAsStringAsync());
        Assert.Equal(20, (await cluster.Client.GetProfileAsync(App, user)).ExperiencePoints);
    }

    public void Dispose() => folder.Dispose();
}
