using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Wallets;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Grains.Apps;
using Gamification.Grains.FollowUps;
using Gamification.Grains.Mapping;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Wallets;

/// <summary>
/// Credits the tokens of a streak milestone right after the XP commit. The wallet credits each milestone
/// line once (key <c>streak-reward:&lt;line key&gt;</c>); if this call is lost to a crash, the user's next
/// activation sees the milestone among its newest lines and credits it then.
/// </summary>
internal sealed partial class StreakRewardFollowUp(AppRulesets rulesets, ILogger<StreakRewardFollowUp> logger) : IAwardFollowUp
{
    private static readonly string MilestoneKind = Codes.Of(LedgerKind.StreakMilestone);

    public Task OnCommittedAsync(string app, string userId, AwardOutcome outcome, UserProgress state, IGrainFactory grains)
    {
        var milestones = outcome.Entries.Where(e => e.Kind == LedgerKind.StreakMilestone).Select(e => (e.Key, e.Streak!.StreakId, e.Streak.Length));
        return CreditAsync(app, userId, milestones, grains);
    }

    public Task OnActivatedAsync(string app, string userId, IReadOnlyList<LedgerLine> recent, UserProgress state, IGrainFactory grains) =>
        CreditAsync(app, userId, recent.Where(l => l.Kind == MilestoneKind && l.Streak is not null).Select(l => (l.Key, l.Streak!.StreakId, l.Streak.Length)), grains);

    private async Task CreditAsync(string app, string userId, IEnumerable<(string Key, string StreakId, int Length)> milestones, IGrainFactory grains)
    {
        var rules = rulesets.For(app);
        if (rules.Tokens is null)
            return;
        foreach (var (key, streakId, length) in milestones)
        {
            var tokens = rules.Streaks.GetValueOrDefault(streakId)?.Milestones.FirstOrDefault(m => m.Length == length)?.Tokens ?? 0;
            if (tokens <= 0)
                continue;
            try
            {
                await grains.Keyed<IWalletGrain>(GrainKeys.User(app, userId)).CreditStreakReward(new StreakReward(key, streakId, length, tokens));
            }
            catch (Exception e)
            {
                LogDeferred(e, app, userId, key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Streak reward {Key} of {App}/{UserId} deferred to the user's next activation")]
    private partial void LogDeferred(Exception exception, string app, string userId, string key);
}
