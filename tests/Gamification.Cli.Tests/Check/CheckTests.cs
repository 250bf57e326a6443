using Gamification.Cli.Tests.Fixtures;
using Gamification.Contracts.Awards;
using Microsoft.Data.Sqlite;

namespace Gamification.Cli.Tests.Check;

public sealed class CheckTests(CliSilo cluster) : IClassFixture<CliSilo>
{
    private const string App = "mikoshi";

    [Fact]
    public async Task Check_passes_on_sound_data_then_names_a_user_whose_stored_xp_was_corrupted_with_sql()
    {
        var users = await SeedAsync("xp");
        var sound = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);
        Assert.True(sound.ExitCode == 0, sound.Output);
        Assert.Contains("All invariants hold.", sound.Output);

        await ExecuteAsync($"UPDATE grain_state SET payload = json_set(payload, '$.xp', 999999) WHERE grain_type = 'user-progress' AND grain_key = '{App}/{users[1]}'");
        var broken = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, broken.ExitCode);
        Assert.Matches($@"{users[1]}\s*│\s*xp_equals_ledger\s*│\s*state holds 999999 XP but the ledger's 2 entries sum to 60", broken.Output);
        Assert.DoesNotContain(users[0], broken.Output);
        Assert.Contains("1 violation(s).", broken.Output);
        await ExecuteAsync($"UPDATE grain_state SET payload = json_set(payload, '$.xp', 60) WHERE grain_type = 'user-progress' AND grain_key = '{App}/{users[1]}'");
    }

    [Fact]
    public async Task Check_names_a_ledger_row_copied_past_the_daily_limit()
    {
        var users = await SeedAsync("limit");
        var key = $"{App}/{users[0]}";

        await ExecuteAsync($"""
            INSERT INTO grain_journal (partition, grain_type, grain_key, seq, idempotency_key, kind, payload, created_at)
            SELECT partition, grain_type, grain_key, seq + 100, idempotency_key || '-copy', kind, json_set(payload, '$.key', idempotency_key || '-copy'), created_at
            FROM grain_journal WHERE grain_type = 'user-progress' AND grain_key = '{key}' AND seq = 1
            """);
        var run = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"{users[0]}\s*│\s*daily_limit\s*│\s*\d{{4}}-\d\d-\d\d: create_character earned 3 times, limit 2/day", run.Output);
        Assert.Matches($@"{users[0]}\s*│\s*xp_equals_ledger\s*│\s*state holds 60 XP but the ledger's 3 entries sum to 90", run.Output);
        await ExecuteAsync($"DELETE FROM grain_journal WHERE grain_key = '{key}' AND seq > 100");
    }

    [Fact]
    public async Task The_check_endpoint_refuses_a_bad_page_size_with_a_problem_naming_limit()
    {
        using var http = new HttpClient { BaseAddress = cluster.Silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", cluster.Key(App));

        using var response = await http.PostAsync("/admin/check", new StringContent("""{"limit": 0}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"limit\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Two users with two characters each (30 XP apiece): at the daily limit, not past it.</summary>
    private async Task<string[]> SeedAsync(string prefix)
    {
        var users = new[] { $"{prefix}-a-{Guid.NewGuid():N}"[..24], $"{prefix}-b-{Guid.NewGuid():N}"[..24] };
        foreach (var user in users)
        {
            for (var i = 0; i < 2; i++)
            {
                var result = await cluster.Client.AwardAsync(App, new AwardCommand(user, "create_character", $"{user}-k{i}", new EntityTarget("character", $"{user}-c{i}")));
                Assert.Equal(30, result.ExpAdded);
            }
        }
        return users;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(cluster.Silo.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync() > 0, sql);
    }
}
