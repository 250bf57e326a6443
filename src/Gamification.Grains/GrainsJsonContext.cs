using Gamification.Persistence;
using System.Text.Json.Serialization;
using Gamification.Contracts.Awards;
using Gamification.Domain.Modules;
using Gamification.Domain.Progress;
using Gamification.Grains.Entities;
using Gamification.Grains.Leaderboards;
using Gamification.Grains.Rulesets;
using Gamification.Grains.Transfers;
using Gamification.Grains.Wallets;

namespace Gamification.Grains;

/// <summary>
/// How grain state and ledger lines are stored: JSON (snake_case, enums as strings) that operators
/// and the dashboard can read with plain SQL.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(UserProgress))]
[JsonSerializable(typeof(Journaled<UserProgress>))]
[JsonSerializable(typeof(Journaled<ModuleProgress>))]
[JsonSerializable(typeof(Journaled<EntityState>))]
[JsonSerializable(typeof(Journaled<RulesetState>))]
[JsonSerializable(typeof(Journaled<LeaderboardExclusionsState>))]
[JsonSerializable(typeof(Journaled<WalletState>))]
[JsonSerializable(typeof(Journaled<TransferState>))]
[JsonSerializable(typeof(Journaled<Gamification.Grains.Notifications.UserEventsState>))]
[JsonSerializable(typeof(ModuleProgress))]
[JsonSerializable(typeof(EntityState))]
[JsonSerializable(typeof(RulesetState))]
[JsonSerializable(typeof(LedgerLine))]
[JsonSerializable(typeof(LeaderboardExclusionsState))]
[JsonSerializable(typeof(WalletState))]
[JsonSerializable(typeof(TransferState))]
[JsonSerializable(typeof(Gamification.Contracts.Wallets.WalletLine))]
[JsonSerializable(typeof(Gamification.Contracts.Notifications.UserEvent))]
[JsonSerializable(typeof(Gamification.Grains.Notifications.UserEventsState))]
[JsonSerializable(typeof(Gamification.Contracts.Rulesets.RulesetVersionView))]
public sealed partial class GrainsJsonContext : JsonSerializerContext;
