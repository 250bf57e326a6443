using System.Text.Json;
using System.Text.Json.Serialization;
using Gamification.Contracts.Analytics;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Entities;
using Gamification.Contracts.Invariants;
using Gamification.Contracts.Leaderboards;
using Gamification.Contracts.Modules;
using Gamification.Contracts.Progress;
using Gamification.Contracts.Rulesets;
using Gamification.Contracts.Wallets;
using Gamification.Gateway.Configuration;
using Gamification.Gateway.Import;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Responses;

namespace Gamification.Gateway.Json;

/// <summary>The API's bodies, generated at build time; snake_case like the seed apps' APIs.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(GainRequest))]
[JsonSerializable(typeof(TimeZoneRequest))]
[JsonSerializable(typeof(FreezeGrantRequest))]
[JsonSerializable(typeof(BoostRequest))]
[JsonSerializable(typeof(Gamification.Contracts.Streaks.UserStreaks))]
[JsonSerializable(typeof(IReadOnlyList<Gamification.Contracts.Boosts.BoostView>))]
[JsonSerializable(typeof(EntityRequest))]
[JsonSerializable(typeof(MessageRequest))]
[JsonSerializable(typeof(CompletionStatusRequest))]
[JsonSerializable(typeof(HeartbeatRequest))]
[JsonSerializable(typeof(BadgeRequest))]
[JsonSerializable(typeof(BadgeUpdateRequest))]
[JsonSerializable(typeof(GrantBadgeRequest))]
[JsonSerializable(typeof(XpAdjustmentRequest))]
[JsonSerializable(typeof(UserTypeRequest))]
[JsonSerializable(typeof(AwardResult))]
[JsonSerializable(typeof(LeaderboardPage))]
[JsonSerializable(typeof(LeaderboardStanding))]
[JsonSerializable(typeof(ExcludedUsers))]
[JsonSerializable(typeof(RebuildResult))]
[JsonSerializable(typeof(ExclusionRequest))]
[JsonSerializable(typeof(RebuildRequest))]
[JsonSerializable(typeof(XpLogPage))]
[JsonSerializable(typeof(LevelDistribution))]
[JsonSerializable(typeof(AwardsPerDay))]
[JsonSerializable(typeof(TokenFlow))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(DailyLimits))]
[JsonSerializable(typeof(LedgerPage))]
[JsonSerializable(typeof(EntityView))]
[JsonSerializable(typeof(MessageResult))]
[JsonSerializable(typeof(ModuleMemberView))]
[JsonSerializable(typeof(IReadOnlyList<ModuleMemberView>))]
[JsonSerializable(typeof(IReadOnlyList<BadgeView>))]
[JsonSerializable(typeof(IReadOnlyList<BadgeRuleView>))]
[JsonSerializable(typeof(BadgeRuleView))]
[JsonSerializable(typeof(RulesetView))]
[JsonSerializable(typeof(InvariantPage))]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(ImportEventsRequest))]
[JsonSerializable(typeof(ImportEventsResponse))]
[JsonSerializable(typeof(Dictionary<string, LevelEntry>))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(List<ApiKeyOptions>))]
[JsonSerializable(typeof(ShopPurchaseRequest))]
[JsonSerializable(typeof(TransferRequest))]
[JsonSerializable(typeof(PurchaseCreditRequest))]
[JsonSerializable(typeof(TokenAdjustmentRequest))]
[JsonSerializable(typeof(WalletView))]
[JsonSerializable(typeof(WalletHistory))]
[JsonSerializable(typeof(WalletResult))]
[JsonSerializable(typeof(TokenCatalog))]
[JsonSerializable(typeof(TransferView))]
[JsonSerializable(typeof(IReadOnlyList<TokenDayFlow>))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
