using System.Collections.Frozen;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Tests;

internal static class RulesetEditing
{
    public static Ruleset WithAction(this Ruleset rules, ActionRule action) => rules with
    {
        Actions = rules.Actions.Values.Where(a => a.Name != action.Name).Append(action).ToFrozenDictionary(a => a.Name),
    };
}
