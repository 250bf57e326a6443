using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Modules;

namespace Gamification.Client.Tests;

/// <summary>What a calling service can rely on: checked arguments, safe retries, clear errors.</summary>
public sealed class ClientContractTests(EmbeddedSilo silo) : IClassFixture<EmbeddedSilo>
{
    private static string NewUser() => $"svc-{Guid.NewGuid():N}"[..20];

    [Theory]
    [InlineData("", "user_id")]
    [InlineData("has/slash", "user_id")]
    [InlineData("has space", "user_id")]
    public async Task An_invalid_user_id_is_refused_before_anything_is_sent(string userId, string parameter)
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            silo.Client.AwardAsync("storybook", new AwardCommand(userId, "story_created", "")));

        Assert.Equal(parameter, refused.ParamName);
    }

    [Fact]
    public async Task An_overlong_id_is_refused_naming_the_field()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            silo.Client.RecordMessageAsync("academy", new string('m', Ids.MaxLength + 1), new MessageCommand(NewUser(), "")));

        Assert.Equal("module_id", refused.ParamName);
    }

    [Fact]
    public async Task An_event_without_a_key_gets_one_so_each_call_counts_once()
    {
        var user = NewUser();

        var first = await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_created", ""));
        var second = await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_created", ""));

        Assert.NotEqual(first.IdempotencyKey, second.IdempotencyKey);
        Assert.Equal(32, first.IdempotencyKey.Length);
        Assert.Equal(200, second.TotalExp);
    }

    [Fact]
    public async Task Sending_the_same_key_again_is_safe()
    {
        var (user, key) = (NewUser(), Guid.NewGuid().ToString("N"));

        await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_created", key));
        var again = await silo.Client.AwardAsync("storybook", new AwardCommand(user, "story_created", key));

        Assert.Equal(AwardStatus.Duplicate, again.Status);
        Assert.Equal(100, (await silo.Client.GetProfileAsync("storybook", user)).ExperiencePoints);
    }

    [Fact]
    public async Task An_app_the_cluster_does_not_serve_is_an_unknown_app()
    {
        var unknown = await Assert.ThrowsAsync<UnknownAppException>(() => silo.Client.GetProfileAsync("no-such-app", NewUser()));

        Assert.Equal("no-such-app", unknown.App);
    }

    [Fact]
    public async Task A_cancelled_call_ends_with_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            silo.Client.GetProfileAsync("storybook", NewUser(), cancelled.Token));
    }

    [Fact]
    public async Task Refusals_are_answers_not_exceptions()
    {
        var refused = await silo.Client.AwardAsync("storybook", new AwardCommand(NewUser(), "story_deleted", ""));

        Assert.Equal((AwardStatus.Rejected, "unknown_action", false), (refused.Status, refused.Refusal?.Reason, refused.Success));
    }

    [Fact]
    public async Task History_limits_are_checked()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => silo.Client.GetHistoryAsync("storybook", NewUser(), limit: 0));

        Assert.Equal("limit", refused.ParamName);
    }
}
