using Gamification.Contracts;
using Gamification.Contracts.Wallets;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Grains.Apps;
using Gamification.Grains.FollowUps;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Wallets;

/// <summary>
/// Grants level-up tokens right after the XP commit. The wallet grants each level once
/// (ledger key <c>level-reward:&lt;level&gt;</c>); if this call is lost to a crash, the wallet
/// repairs it from the user's stored level the next time it activates or is read.
/// </summary>
internal sealed partial class LevelRewardFollowUp(AppRulesets rulesets, ILogger<LevelRewardFollowUp> logger) : IAwardFollowUp
{
    public async Task OnCommittedAsync(string app, string userId, AwardOutcome outcome, UserProgress state, IGrainFactory grains)
    {
        if (!outcome.LeveledUp || rulesets.For(app).Tokens is null)
            return;
        try
        {
            await grains.Keyed<IWalletGrain>(GrainKeys.User(app, userId)).GrantLevelRewards(outcome.Level);
        }
        catch (Exception e)
        {
            LogDeferred(e, app, userId, outcome.Level);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Level {Level} reward of {App}/{UserId} deferred to the wallet's repair")]
    private partial void LogDeferred(Exception exception, string app, string userId, int level);
}
