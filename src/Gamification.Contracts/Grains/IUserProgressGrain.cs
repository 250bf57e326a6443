using Gamification.Contracts.Awards;
using Gamification.Contracts.Paths;
using Gamification.Contracts.Boosts;
using Gamification.Contracts.Progress;
using Gamification.Contracts.Streaks;
using Gamification.Contracts.Wallets;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>A user's progress in one app: XP, level, daily counters, badges. Key: <c>app/user</c>.</summary>
[Alias("gamification.user-progress")]
public interface IUserProgressGrain : IGrainWithStringKey
{
    /// <summary>Awards this user for an action: their own, or one on an entity they created.</summary>
    [Alias("Award")]
    Task<AwardResult> Award(AwardCommand command);

    /// <summary>Counts a watching heartbeat; full minutes earn XP.</summary>
    [Alias("Watch")]
    Task<AwardResult> Watch(WatchCommand command);

    /// <summary>Grants a special or module badge (each at most once).</summary>
    [Alias("GrantBadge")]
    Task<AwardResult> GrantBadge(BadgeCommand command);

    /// <summary>An admin's XP correction, with a reason.</summary>
    [Alias("Adjust")]
    Task<AwardResult> Adjust(AdjustCommand command);

    /// <summary>Sets the account type (Free or Paid) that decides the grades open to the user.</summary>
    [Alias("SetUserType")]
    Task<UserProfile> SetUserType(string userType);

    /// <summary>XP, level, progress, grade and badges.</summary>
    [Alias("GetProfile")]
    [ReadOnly]
    Task<UserProfile> GetProfile();

    /// <summary>Today's usage against the daily limits and cap.</summary>
    [Alias("GetLimits")]
    [ReadOnly]
    Task<DailyLimits> GetLimits();

    /// <summary>The ledger, newest first, before sequence <paramref name="before"/> if given.</summary>
    [Alias("GetHistory")]
    [ReadOnly]
    Task<LedgerPage> GetHistory(long? before, int limit);

    /// <summary>The user's primary path and path XP and level on every path.</summary>
    [Alias("GetPaths")]
    [ReadOnly]
    Task<UserPaths> GetPaths();

    /// <summary>Makes <paramref name="pathId"/> the primary path; an unknown or disabled path throws <see cref="ArgumentException"/>.</summary>
    [Alias("SetPrimaryPath")]
    Task<UserPaths> SetPrimaryPath(string pathId);

    /// <summary>Every streak of the app for this user, as of now.</summary>
    [Alias("GetStreaks")]
    [ReadOnly]
    Task<UserStreaks> GetStreaks();

    /// <summary>Sets the IANA time zone streak periods are counted in (null for UTC); an unknown one throws <see cref="ArgumentException"/>.</summary>
    [Alias("SetTimeZone")]
    Task<UserStreaks> SetTimeZone(string? timeZone);

    /// <summary>Grants freezes for a streak, up to its cap on freezes held.</summary>
    [Alias("GrantFreezes")]
    Task<AwardResult> GrantFreezes(FreezeCommand command);

    /// <summary>Grants this user a boost of their own.</summary>
    [Alias("GrantBoost")]
    Task<AwardResult> GrantBoost(BoostCommand command);

    /// <summary>
    /// Buys a shop item with the user's tokens; an item with an effect (a boost, freezes) takes effect here, and is
    /// refused before any token is spent when it could not (freezes at their cap).
    /// </summary>
    [Alias("Buy")]
    Task<WalletResult> Buy(ShopPurchase purchase);
}
