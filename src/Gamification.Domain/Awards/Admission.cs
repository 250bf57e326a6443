using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Awards;

/// <summary>The checks an event passes before it earns anything: enabled, not self-awarded, amount, limits, cooldown.</summary>
internal static class Admission
{
    public static Rejection? Check(UserProgress state, ActionRule action, AwardRequest request, DailyCounters today, DateTimeOffset now)
    {
        if (!action.Enabled)
            return Rejections.Disabled(action);
        if (action.Recipient == Recipient.Creator && request.Target is null)
            return Rejections.MissingTarget(action);
        if (action.Recipient == Recipient.Creator && request.ActorUserId == request.RecipientUserId)
            return Rejections.SelfAward(action);
        if (request.Amount is { } amount)
        {
            if (action.CustomAmount is not { } range)
                return Rejections.AmountNotAllowed(action);
            if (!range.Contains(amount))
                return Rejections.AmountOutOfRange(action, range);
        }
        else if (action is { CustomAmount: not null, Xp: 0 })
        {
            return Rejections.AmountRequired(action);
        }
        if (action.DailyLimit is { } limit && today.CountOf(action.Name) >= limit)
            return Rejections.DailyLimit(action, limit, now);
        if (action.LifetimeLimit is { } lifetime && state.ActionTotals.GetValueOrDefault(action.Name) >= lifetime)
            return Rejections.LifetimeLimit(action, lifetime);
        if (action.Cooldown > TimeSpan.Zero && state.LastEarnedAt.TryGetValue(action.Name, out var last) && now - last < action.Cooldown)
            return Rejections.Cooldown(action, action.Cooldown - (now - last));
        return null;
    }
}
