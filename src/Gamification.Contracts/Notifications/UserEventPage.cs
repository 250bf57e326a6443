namespace Gamification.Contracts.Notifications;

/// <summary>A page of a user's events, newest first; pass <paramref name="NextBefore"/> as <c>before</c> to read on.</summary>
public sealed record UserEventPage(IReadOnlyList<UserEvent> Events, long? NextBefore);
