namespace Gamification.Domain.Rules;

/// <summary>How long one link of a streak lasts: a calendar day or an ISO week (Monday first), in the user's time zone.</summary>
public enum StreakPeriod
{
    Day,
    Week,
}
