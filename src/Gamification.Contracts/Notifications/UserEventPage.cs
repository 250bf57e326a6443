namespace Gamification.Contracts.Notifications;

/// <summary>A page of a user's events, newest first; pass <paramref name="NextBefore"/> as <c>before</c> to read on.</summary>
[GenerateSerializer, Alias("gamification.user-event-page")]
public sealed record UserEventPage([property: Id(0)] IReadOnlyList<UserEvent> Events, [property: Id(1)] long? NextBefore);
