using Gamification.Abuse;
using Xunit.Abstractions;

namespace Gamification.Abuse.Tests;

/// <summary>The abuse campaign of issue #8 in its CI size: 10,000 hostile requests against a real gateway.</summary>
public sealed class AbuseCampaignTests(AbuseStageFixture fixture, ITestOutputHelper output) : IClassFixture<AbuseStageFixture>
{
    private AbuseStage Stage => fixture.Stage;

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_5xx_change_nothing_and_every_refusal_has_a_problem_body()
    {
        var before = await StoreFingerprint.ReadAsync(Stage.ConnectionString);

        var report = await new Campaign(Stage.Http, Stage.Targets, Stage.Clock).RunAsync(10_000, concurrency: 8);

        foreach (var line in report.Lines())
            output.WriteLine(line);
        Assert.Equal(10_000, report.Sent);
        Assert.Equal(0, report.ServerErrors);
        Assert.Empty(report.Findings);
        Assert.Equal(before, await StoreFingerprint.ReadAsync(Stage.ConnectionString));
        // Every family of attack was tried, not just the cheap ones.
        Assert.True(report.ByCategory.Count >= 20, $"only {report.ByCategory.Count} families of attack were sent");
    }

    [Fact]
    public void The_judge_flags_an_accepted_hostile_request_and_a_bare_refusal()
    {
        var request = new HostileRequest("probe", HttpMethod.Get, "/x", null, Credential.None);

        Assert.Equal("accepted", AnswerCheck.Judge(request, 200, "application/json", "{}", "7919")?.What);
        Assert.Equal("refusal without a problem body", AnswerCheck.Judge(request, 400, null, "", "7919")?.What);
        Assert.Equal("server error", AnswerCheck.Judge(request, 500, "application/problem+json", "{}", "7919")?.What);
        Assert.Null(AnswerCheck.Judge(request, 404, "application/problem+json", """{"status":404,"title":"Not Found"}""", "7919"));
        Assert.Equal("leaked another app's user",
            AnswerCheck.Judge(request with { Expectation = Expectation.RefusedOrBlind }, 200, "application/json", """{"total_exp":7919}""", "7919")?.What);
    }

    [Fact]
    public async Task The_fingerprint_sees_a_single_legitimate_award()
    {
        var before = await StoreFingerprint.ReadAsync(Stage.ConnectionString);
        using var award = new HttpRequestMessage(HttpMethod.Post, "/api/exp/gain")
        {
            Content = new StringContent($$"""{"user_id":"fingerprint-{{Guid.NewGuid():N}}","action":"create_scene"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        Stage.Targets.AppKey.ApplyTo(award);

        using var answer = await Stage.Http.SendAsync(award);

        answer.EnsureSuccessStatusCode();
        Assert.NotEqual(before, await StoreFingerprint.ReadAsync(Stage.ConnectionString));
    }
}
