using Gamification.Domain.Rules;

namespace Gamification.Grains.Apps;

/// <summary>The ruleset an app runs under now, with the JSON document it was read from.</summary>
public sealed record AppRuleset(string App, Ruleset Rules, string Document);
