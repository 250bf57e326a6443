using Gamification.Domain.Awards;

namespace Gamification.Domain.Replays;

/// <summary>A past event to decide again: the request as it was made and when.</summary>
public sealed record ReplayedAward(AwardRequest Request, DateTimeOffset At);
