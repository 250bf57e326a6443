namespace Gamification.Domain.Tests.Properties;

/// <summary>One generated step of a random history: which action, how much time passes first, and whether a key is replayed.</summary>
public sealed record EventStep(int ActionPick, int SecondsLater, int AmountPick, bool Replay, bool Watch);
