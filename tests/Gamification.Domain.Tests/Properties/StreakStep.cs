namespace Gamification.Domain.Tests.Properties;

/// <summary>One generated step of a streak history: hours that pass first, then a post, a read, or a freeze grant.</summary>
public sealed record StreakStep(int HoursLater, int Pick);
