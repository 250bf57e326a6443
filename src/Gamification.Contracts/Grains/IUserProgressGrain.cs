using Gamification.Contracts.Awards;
using Gamification.Contracts.Paths;
using Gamification.Contracts.Progress;
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
}
