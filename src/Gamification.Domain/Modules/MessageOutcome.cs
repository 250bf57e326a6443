using Gamification.Domain.Rules;

namespace Gamification.Domain.Modules;

/// <summary>What one message in a module earns: the per-message action, and the milestones its count reached.</summary>
/// <param name="Count">The user's message count in the module after this message.</param>
/// <param name="Duplicate">The message key was seen before: nothing is counted again, and what it earned is
/// named again so that a caller who crashed before delivering it can deliver it (the awards are idempotent).</param>
public sealed record MessageOutcome(string UserId, string Key, int Count, bool Duplicate, string? Action, IReadOnlyList<Milestone> Reached);
