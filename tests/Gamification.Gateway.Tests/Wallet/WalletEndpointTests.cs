using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Wallet;

/// <summary>Seed 003's DGT over HTTP: wallets, shop, transfers, credits and adjustments, and their problem answers.</summary>
[Collection(SharedGateway.Name)]
public sealed class WalletEndpointTests(GatewayFixture fixture)
{
    private const string App = "degentalk";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task Credited_tokens_buy_an_unlock_once_and_the_second_purchase_is_409_naming_the_item()
    {
        var user = Users.New();
        var credit = await Credit(user, 500);

        var bought = await Api.Post("/api/shop/purchases", new { user_id = user, item_id = "custom_title" }, Credential.All(App));
        var again = await Api.Post("/api/shop/purchases", new { user_id = user, item_id = "custom_title" }, Credential.All(App));
        var wallet = (await Api.Get($"/api/wallet/{user}", Credential.Read(App))).Json;
        var history = (await Api.Get($"/api/wallet/{user}/transactions", Credential.Read(App))).Json;

        Assert.Equal(HttpStatusCode.OK, credit.Status);
        Assert.Equal(HttpStatusCode.OK, bought.Status);
        Assert.Equal("applied", (string?)bought.Json["status"]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(["item_id"], again.ErrorFields);
        Assert.Equal("already_owned", (string?)again.Json["reason"]);
        Assert.Equal(400, (long)wallet["balance"]!);
        Assert.Equal("DGT", (string?)wallet["token"]);
        Assert.Equal("custom_title", (string?)wallet["unlocks"]![0]!["item_id"]);
        Assert.Equal(["shop_purchase", "purchase_credit"], history["entries"]!.AsArray().Select(e => (string?)e!["kind"]));
    }

    [Fact]
    public async Task Too_few_tokens_is_422_an_unknown_item_404_and_nothing_changes()
    {
        var user = Users.New();
        await Credit(user, 10);

        var poor = await Api.Post("/api/shop/purchases", new { user_id = user, item_id = "animated_avatar" }, Credential.All(App));
        var unknown = await Api.Post("/api/shop/purchases", new { user_id = user, item_id = "golden_toilet" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, poor.Status);
        Assert.Equal(["item_id"], poor.ErrorFields);
        Assert.Equal("insufficient_balance", (string?)poor.Json["reason"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(["item_id"], unknown.ErrorFields);
        Assert.Equal(10, (long)(await Api.Get($"/api/wallet/{user}", Credential.Read(App))).Json["balance"]!);
    }

    [Fact]
    public async Task A_transfer_completes_replays_by_id_and_a_reused_id_is_409_an_overdraft_422()
    {
        var (alice, bob, id) = (Users.New("alice"), Users.New("bob"), Users.Entity("t"));
        await Credit(alice, 100);

        var sent = await Api.Post("/api/transfers", new { transfer_id = id, from_user_id = alice, to_user_id = bob, amount = 60 }, Credential.All(App));
        var replay = await Api.Post("/api/transfers", new { transfer_id = id, from_user_id = alice, to_user_id = bob, amount = 60 }, Credential.All(App));
        var reused = await Api.Post("/api/transfers", new { transfer_id = id, from_user_id = alice, to_user_id = bob, amount = 61 }, Credential.All(App));
        var overdraft = await Api.Post("/api/transfers", new { transfer_id = Users.Entity("t"), from_user_id = alice, to_user_id = bob, amount = 41 }, Credential.All(App));
        var read = await Api.Get($"/api/transfers/{id}", Credential.Read(App));
        var unknown = await Api.Get($"/api/transfers/{Users.Entity("t")}", Credential.Read(App));

        Assert.True(sent.Status == HttpStatusCode.OK, sent.ToString());
        Assert.Equal((HttpStatusCode.OK, "completed"), (sent.Status, (string?)sent.Json["status"]));
        Assert.Equal((HttpStatusCode.OK, "completed"), (replay.Status, (string?)replay.Json["status"]));
        Assert.Equal(HttpStatusCode.Conflict, reused.Status);
        Assert.Equal(["transfer_id"], reused.ErrorFields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overdraft.Status);
        Assert.Equal(["amount"], overdraft.ErrorFields);
        Assert.Equal((HttpStatusCode.OK, 60L), (read.Status, (long)read.Json["amount"]!));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(["transfer_id"], unknown.ErrorFields);
        Assert.Equal(40, (long)(await Api.Get($"/api/wallet/{alice}", Credential.Read(App))).Json["balance"]!);
        Assert.Equal(60, (long)(await Api.Get($"/api/wallet/{bob}", Credential.Read(App))).Json["balance"]!);
    }

    [Theory]
    [InlineData("/api/transfers", """{"transfer_id":"t1","from_user_id":"a","to_user_id":"b","amount":0}""", "amount")]
    [InlineData("/api/transfers", """{"transfer_id":"t1","from_user_id":"a","to_user_id":"a","amount":5}""", "to_user_id")]
    [InlineData("/api/transfers", """{"from_user_id":"a","to_user_id":"b","amount":5}""", "transfer_id")]
    [InlineData("/api/transfers", """{"transfer_id":"t 1","from_user_id":"a","to_user_id":"b","amount":5}""", "transfer_id")]
    [InlineData("/api/transfers", """{"transfer_id":"t1","from_user_id":"a","to_user_id":"b","amount":"5"}""", "amount")]
    [InlineData("/api/shop/purchases", """{"user_id":"a"}""", "item_id")]
    [InlineData("/api/wallet/a/credits", """{"payment_reference":"p1","amount":-3,"provider":"stripe"}""", "amount")]
    [InlineData("/api/wallet/a/credits", """{"amount":3,"provider":"stripe"}""", "payment_reference")]
    [InlineData("/admin/users/a/tokens", """{"delta":0,"reason":"x"}""", "delta")]
    [InlineData("/admin/users/a/tokens", """{"delta":5}""", "reason")]
    public async Task A_bad_wallet_request_is_400_naming_the_field(string path, string body, string field)
    {
        var reply = await Api.Send(HttpMethod.Post, path, Credential.All(App), GatewayApi.Raw(body, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(field, reply.ErrorFields);
    }

    [Fact]
    public async Task A_payment_reference_credits_once_and_another_amount_under_it_is_409()
    {
        var user = Users.New();
        var reference = Users.Entity("cs");

        var first = await Api.Post($"/api/wallet/{user}/credits", new { payment_reference = reference, amount = 250, provider = "stripe" }, Credential.All(App));
        var again = await Api.Post($"/api/wallet/{user}/credits", new { payment_reference = reference, amount = 250, provider = "stripe" }, Credential.All(App));
        var other = await Api.Post($"/api/wallet/{user}/credits", new { payment_reference = reference, amount = 2500, provider = "stripe" }, Credential.All(App));

        Assert.Equal(("applied", "duplicate"), ((string?)first.Json["status"], (string?)again.Json["status"]));
        Assert.Equal(HttpStatusCode.Conflict, other.Status);
        Assert.Equal(["payment_reference"], other.ErrorFields);
        Assert.Equal(250, (long)(await Api.Get($"/api/wallet/{user}", Credential.Read(App))).Json["balance"]!);
    }

    [Fact]
    public async Task A_user_token_moves_only_its_own_tokens_and_reads_only_its_own_wallet()
    {
        var (me, other) = (Users.New("me"), Users.New("other"));
        await Credit(me, 100);
        await Credit(other, 100);
        var token = Credential.User(App, me);

        var mine = await Api.Get($"/api/wallet/{me}", token);
        var theirs = await Api.Get($"/api/wallet/{other}", token);
        var stealing = await Api.Post("/api/transfers", new { transfer_id = Users.Entity("t"), from_user_id = other, to_user_id = me, amount = 50 }, token);
        var giving = await Api.Post("/api/transfers", new { transfer_id = Users.Entity("t"), to_user_id = other, amount = 30 }, token);
        var selfCredit = await Api.Post($"/api/wallet/{me}/credits", new { payment_reference = Users.Entity("p"), amount = 1000, provider = "stripe" }, token);
        var selfAdjust = await Api.Post($"/admin/users/{me}/tokens", new { delta = 1000, reason = "me" }, token);
        var buyingForOther = await Api.Post("/api/shop/purchases", new { user_id = other, item_id = "thread_bump" }, token);

        Assert.Equal(HttpStatusCode.OK, mine.Status);
        Assert.Equal(HttpStatusCode.Forbidden, theirs.Status);
        Assert.Equal(HttpStatusCode.Forbidden, stealing.Status);
        Assert.Equal(["from_user_id"], stealing.ErrorFields);
        Assert.True(giving.Status == HttpStatusCode.OK, giving.ToString());
        Assert.Equal((HttpStatusCode.OK, me), (giving.Status, (string?)giving.Json["from_user_id"]));
        Assert.Equal(HttpStatusCode.Forbidden, selfCredit.Status);
        Assert.Equal(HttpStatusCode.Forbidden, selfAdjust.Status);
        Assert.Equal(HttpStatusCode.Forbidden, buyingForOther.Status);
        Assert.Equal(70, (long)(await Api.Get($"/api/wallet/{me}", Credential.Read(App))).Json["balance"]!);
        Assert.Equal(130, (long)(await Api.Get($"/api/wallet/{other}", Credential.Read(App))).Json["balance"]!);
    }

    [Fact]
    public async Task Admin_adjustments_need_a_reason_never_go_below_zero_and_show_in_the_flows()
    {
        var user = Users.New();
        var day = fixture.Clock.GetUtcNow().ToString("yyyy-MM-dd");

        var below = await Api.Post($"/admin/users/{user}/tokens", new { delta = -5, reason = "penalty" }, Credential.All(App));
        var granted = await Api.Post($"/admin/users/{user}/tokens", new { delta = 75, reason = "Contest winner" }, Credential.All(App));
        var flows = await Api.Get($"/admin/tokens/flows?from={day}&to={day}", Credential.All(App));
        var backwards = await Api.Get($"/admin/tokens/flows?from={day}&to=2000-01-01", Credential.All(App));
        var history = (await Api.Get($"/api/wallet/{user}/transactions", Credential.Read(App))).Json;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, below.Status);
        Assert.Equal(["delta"], below.ErrorFields);
        Assert.Equal(HttpStatusCode.OK, granted.Status);
        Assert.Equal("Contest winner", (string?)history["entries"]![0]!["reason"]);
        Assert.True((long)flows.Json[0]!["issued"]! >= 75);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.Status);
        Assert.Equal(["to"], backwards.ErrorFields);
    }

    [Fact]
    public async Task An_app_without_tokens_answers_404_for_wallets_and_the_shop()
    {
        var wallet = await Api.Get($"/api/wallet/{Users.New()}", Credential.Read("storybook"));
        var shop = await Api.Get("/api/shop", Credential.Read("storybook"));
        var catalog = await Api.Get("/api/shop", Credential.Read(App));

        Assert.Equal(HttpStatusCode.NotFound, wallet.Status);
        Assert.Equal(HttpStatusCode.NotFound, shop.Status);
        Assert.Equal(("DGT", 6), ((string?)catalog.Json["token"], catalog.Json["shop"]!.AsArray().Count));
    }

    private Task<Reply> Credit(string user, long amount) =>
        Api.Post($"/api/wallet/{user}/credits", new { payment_reference = Users.Entity("p"), amount, provider = "test" }, Credential.All(App));
}
