using System.Text.Json.Nodes;
using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Grains.Notifications;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Tests.Notifications;

/// <summary>Level-up events reach a real webhook on loopback at least once, signed, through refusals and a silo restart.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private const string App = "storybook";
    private const string Secret = "test-webhook-secret";

    private WebhookReceiver receiver = null!;
    private TestSilo silo = null!;
    private Func<int, bool> refuse = _ => false;

    public async Task InitializeAsync()
    {
        receiver = await WebhookReceiver.StartAsync(n => refuse(n));
        silo = await TestSilo.StartAsync(TestStorage.Postgres, new Dictionary<string, string?>
        {
            [$"Notifications:Webhooks:{App}:main:Url"] = receiver.Url,
            [$"Notifications:Webhooks:{App}:main:Secret"] = Secret,
            ["Notifications:FirstRetryDelay"] = "00:00:01",
            ["Notifications:RetryPollPeriod"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await silo.DisposeAsync();
        await receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_level_up_survives_refused_attempts_and_a_restart_and_arrives_signed()
    {
        refuse = n => n <= 2;
        var user = Fresh.Id();
        var awards = new List<AwardResult>();
        for (var i = 0; i < 5; i++)
            awards.Add(await silo.Client.AwardAsync(App, LevelUpStep(user)));
        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Requests >= 1));

        await silo.RestartAsync();
        var delivered = await Eventually.HoldsAsync(() => Task.FromResult(!receiver.Accepted.IsEmpty), () => silo.Clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.True(awards[^1].LeveledUp);
        Assert.True(delivered, $"no delivery accepted after {receiver.Requests} requests");
        Assert.True(receiver.Requests >= 3);
        var delivery = Assert.Single(receiver.Accepted.DistinctBy(d => d.EventId));
        Assert.True(WebhookSignature.Verify(Secret, delivery.Timestamp, delivery.Body, delivery.Signature));
        Assert.False(WebhookSignature.Verify("another-secret", delivery.Timestamp, delivery.Body, delivery.Signature));
        var body = JsonNode.Parse(delivery.Body)!;
        Assert.Equal("level_up", (string?)body["type"]);
        Assert.Equal(2, (int)body["level"]!);
        Assert.Equal(delivery.EventId, (string?)body["id"]);
        var feed = await silo.Services.GetRequiredService<INotificationsClient>().GetEventsAsync(App, user);
        Assert.Equal(delivery.EventId, Assert.Single(feed.Events).Id);
    }

    [Fact]
    public async Task Every_event_of_many_concurrent_level_ups_is_delivered_at_least_once_through_a_flaky_receiver_and_a_restart()
    {
        refuse = n => n % 3 != 0;
        var users = Enumerable.Range(0, 20).Select(_ => Fresh.Id()).ToList();
        await Task.WhenAll(users.Select(async user =>
        {
            for (var i = 0; i < 5; i++)
                await silo.Client.AwardAsync(App, LevelUpStep(user));
        }));
        await silo.RestartAsync();

        var notifications = silo.Services.GetRequiredService<INotificationsClient>();
        var expected = (await Task.WhenAll(users.Select(u => notifications.GetEventsAsync(App, u))))
            .SelectMany(p => p.Events).Select(e => e.Id).ToHashSet();
        var allDelivered = await Eventually.HoldsAsync(
            () => Task.FromResult(expected.IsSubsetOf(receiver.Accepted.Select(d => d.EventId))),
            () => silo.Clock.Advance(TimeSpan.FromSeconds(2)),
            attempts: 400);

        Assert.Equal(users.Count, expected.Count);
        Assert.True(allDelivered, $"{expected.Except(receiver.Accepted.Select(d => d.EventId)).Count()} events never delivered");
        Assert.All(receiver.Accepted, d => Assert.True(WebhookSignature.Verify(Secret, d.Timestamp, d.Body, d.Signature)));
    }

    [Fact]
    public async Task A_level_up_whose_retry_reminder_could_not_be_registered_is_recorded_and_delivered_once_the_user_is_active_again()
    {
        refuse = n => n == 1; // the first attempt fails, so only the retry reminder can deliver it
        var user = Fresh.Id();
        await using (await ReminderOutage.BeginAsync(silo))
        {
            for (var i = 0; i < 5; i++)
                await silo.Client.AwardAsync(App, LevelUpStep(user));
        }
        var feedDuringOutage = await silo.Services.GetRequiredService<INotificationsClient>().GetEventsAsync(App, user);

        await silo.RestartAsync();
        var notifications = silo.Services.GetRequiredService<INotificationsClient>();
        await silo.Client.GetProfileAsync(App, user); // the user's next activation records its newest ledger entries again
        var feed = await Eventually.ValueAsync(() => notifications.GetEventsAsync(App, user), f => f.Events.Count > 0);
        var levelUp = feed.Events.SingleOrDefault(e => e.Type == "level_up");
        var delivered = await Eventually.HoldsAsync(
            () => Task.FromResult(receiver.Accepted.Any(d => d.EventId == levelUp?.Id)), () => silo.Clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.NotNull(levelUp);
        Assert.True(delivered, $"the level-up was never delivered ({receiver.Accepted.Count} deliveries accepted)");
        Assert.Empty(feedDuringOutage.Events); // nothing recorded that no reminder would retry
    }

    // 100 XP of an action no streak counts: five of them cross level 2 and raise no other event.
    private static AwardCommand LevelUpStep(string user) => new(user, "special_event", Fresh.Key(), null, 100);
}
