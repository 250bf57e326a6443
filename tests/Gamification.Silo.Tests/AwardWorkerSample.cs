using System.Net.Http.Json;
using System.Text.Json;
using Gamification.Testing;

namespace Gamification.Silo.Tests;

/// <summary>The sample .NET worker, a process of its own, awarding XP through <c>UseOrleansClient</c> against a running silo.</summary>
public sealed class AwardWorkerSample
{
    private const int Events = 10;

    [Fact]
    public async Task The_award_worker_awards_through_the_Orleans_client_and_a_second_run_with_the_same_keys_awards_nothing()
    {
        var connection = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("sample-").FullName, "silo.db")}";
        await using var silo = await SiloProcess.StartAsync(TestStorage.Sqlite, connection, TestApiKey.For("storybook"));
        var user = $"sample-{Guid.NewGuid():N}";

        var first = await AwardWorkerRun.AgainstAsync(silo, user, Events);
        var second = await AwardWorkerRun.AgainstAsync(silo, user, Events);

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(Events, first.Lines(": Granted, +5 XP"));
        Assert.Equal(Events, second.Lines(": Duplicate,"));
        Assert.Equal(1, second.Lines($"Profile of storybook/{user}: {5 * Events} XP"));
        using var http = silo.CreateClient();
        var progress = await http.GetFromJsonAsync<JsonElement>($"/api/users/{user}/progress");
        Assert.Equal(5 * Events, progress.GetProperty("experience_points").GetInt64());
    }
}
