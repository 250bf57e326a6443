namespace Gamification.Domain.Streaks;

/// <summary>Freezes for one streak, granted by an admin or bought in the shop.</summary>
/// <param name="IdempotencyKey">Names the grant; a key seen before grants nothing again.</param>
/// <param name="GrantedBy">The admin, or <c>shop:&lt;item&gt;</c>.</param>
public sealed record FreezeGrant(string UserId, string StreakId, int Count, string IdempotencyKey, string GrantedBy);
