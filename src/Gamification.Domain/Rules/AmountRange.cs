namespace Gamification.Domain.Rules;

/// <summary>Bounds of a caller-chosen XP amount (seed 002's <c>special_event</c>, amount=250).</summary>
public sealed record AmountRange(int Min, int Max)
{
    public bool Contains(int amount) => amount >= Min && amount <= Max;
}
