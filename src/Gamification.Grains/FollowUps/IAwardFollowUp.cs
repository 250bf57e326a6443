using Gamification.Contracts.Awards;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;

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

    /// <summary>
    /// Told when the user's grain activates, with its newest committed ledger lines (oldest first), so
    /// that a follow-up cut off by a crash after a commit can catch up; must be idempotent and not throw.
    /// </summary>
    Task OnActivatedAsync(string app, string userId, IReadOnlyList<LedgerLine> recent, UserProgress state, IGrainFactory grains) => Task.CompletedTask;
}
