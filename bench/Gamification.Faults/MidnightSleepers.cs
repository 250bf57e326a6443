using System.Diagnostics;
using System.Net.Http.Json;
using Npgsql;

namespace Gamification.Faults;

/// <summary>
/// Storybook users awarded once and then left alone: their stored day moves to the next only when their midnight
/// reminder fires, so counting the moved ones counts the reminders that fired.
/// </summary>
public sealed class MidnightSleepers
{
    private readonly FaultStage stage;
    private readonly string[] keys;

    private MidnightSleepers(FaultStage stage, string[] keys)
    {
        this.stage = stage;
        this.keys = keys;
    }

    public int Count => keys.Length;

    /// <summary>Awards <paramref name="count"/> fresh users once each and waits until each has its midnight reminder registered.</summary>
    public static async Task<MidnightSleepers> AwardAsync(FaultStage stage, string run, int count)
    {
        var users = Enumerable.Range(0, count).Select(i => $"z{run}-{i}").ToArray();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, cancel) =>
        {
            var body = new { user_id = user, action = "story_read", idempotency_key = $"{user}-sleep" };
            for (var attempt = 1; ; attempt++)
            {
                using var response = await stage.Gateways["storybook"].PostAsJsonAsync("/api/exp/gain", body, cancel);
                if (response.IsSuccessStatusCode)
                    return;
                if (attempt == 20)
                    throw new InvalidOperationException($"Sleeper {user} was not awarded: {(int)response.StatusCode}");
                await Task.Delay(250, cancel);
            }
        });
        var sleepers = new MidnightSleepers(stage, [.. users.Select(u => $"storybook/{u}")]);
        await sleepers.WaitForRemindersAsync(TimeSpan.FromSeconds(30));
        return sleepers;
    }

    /// <summary>Waits until the sleepers' stored day is <paramref name="midnight"/>'s; returns how many got there within the time.</summary>
    public async Task<int> ResetByAsync(DateTimeOffset midnight, TimeSpan within)
    {
        var day = midnight.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        const string Sql = "SELECT count(*) FROM grain_state WHERE grain_type = 'user-progress' AND grain_key = ANY(@keys) AND CAST(payload AS jsonb)->'today'->>'day' = @day";
        return await PollAsync(Sql, ("day", day), within);
    }

    private async Task WaitForRemindersAsync(TimeSpan within)
    {
        const string Sql = "SELECT count(DISTINCT grainid) FROM orleansreminderstable WHERE remindername = 'midnight-reset' AND split_part(grainid, '/', 2) || '/' || split_part(grainid, '/', 3) = ANY(@keys)";
        var registered = await PollAsync(Sql, null, within);
        if (registered < keys.Length)
            throw new TimeoutException($"Only {registered} of {keys.Length} sleepers registered their midnight reminder within {within.TotalSeconds:0} s");
    }

    /// <summary>Runs a count over the sleepers until it reaches all of them or the time is up; returns the last count.</summary>
    private async Task<int> PollAsync(string sql, (string Name, string Value)? parameter, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(stage.Cluster.ConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("keys", keys);
                if (parameter is { } p)
                    command.Parameters.AddWithValue(p.Name, p.Value);
                count = (int)(long)(await command.ExecuteScalarAsync())!;
            }
            catch (NpgsqlException)
            {
                // Storage is away for a moment: count again.
            }
            if (count == keys.Length || clock.Elapsed > within)
                return count;
            await Task.Delay(500);
        }
    }
}
