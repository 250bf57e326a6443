using System.Collections.Frozen;

namespace Gamification.Domain.Rules;

/// <summary>
/// A specialization path (seed 003's <c>xp_paths</c>): while it is a user's primary path, the
/// actions it names earn their XP times the multiplier, and every action XP the user earns also
/// counts as path XP for it.
/// </summary>
/// <param name="Multipliers">Per action name; actions not named earn their plain XP.</param>
/// <param name="Enabled">A disabled path can no longer be chosen; users who hold it keep their path XP, without multipliers.</param>
public sealed record PathRule(
    string Id,
    string Name,
    FrozenDictionary<string, decimal> Multipliers,
    bool Enabled = true,
    string? Description = null,
    string? Icon = null,
    string? Color = null)
{
    /// <summary>XP for <paramref name="xp"/> of <paramref name="action"/> on this path, rounded down.</summary>
    public int Apply(string action, int xp) =>
        Enabled && Multipliers.TryGetValue(action, out var multiplier) ? (int)Math.Floor(xp * multiplier) : xp;
}
