namespace Gamification.Load;

/// <summary>The body of the bench's awards: what <c>POST /api/exp/gain</c> reads, for the stages that stop short of it.</summary>
internal sealed record BenchAward(string UserId, string Action, string IdempotencyKey);
