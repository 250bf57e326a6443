namespace Gamification.Gateway.Responses;

/// <summary>A page of a user's XP log, newest first; pass <paramref name="NextBefore"/> as <c>before</c> to read on.</summary>
public sealed record XpLogPage(string UserId, IReadOnlyList<XpLogEntry> Entries, long? NextBefore);
