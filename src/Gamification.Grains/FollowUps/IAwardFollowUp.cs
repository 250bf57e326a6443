using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Runtime;

namespace Gamification.Grains.FollowUps;

/// <summary>
/// Something that reacts to a committed award (a leaderboard, a notification, a token reward), told
/// inside the user's turn right after the commit and before the caller's answer. A follow-up that
/// must survive a crash between the commit and this call makes itself durable: idempotent by
/// <see cref="AwardOutcome.IdempotencyKey"/> and recoverable from the ledger.
/// </summary>
public interface IAwardFollowUp
{
    /// <summary>Reacts to <paramref name="outcome"/> of <paramref name="app"/>'s user <paramref name="userId"/>, whose state is now <paramref name="state"/>; must not throw.</summary>
    Task OnCommittedAsync(string app, string userId, AwardOutcome outcome, UserProgress state, IGrainFactory grains);
}
