using System.Collections.Frozen;

namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.boosts</c>: how boosts combine and round, the largest factor, and the app-wide boosts scheduled.</summary>
internal static class BoostsReader
{
    /// <summary>No boost may multiply XP by more than this, whatever a ruleset allows.</summary>
    public const decimal FactorCeiling = 100m;

    public static BoostRules Read(BoostsDocument? boosts, IReadOnlyDictionary<string, ActionRule> actions, ErrorList errors)
    {
        if (boosts is null)
            return BoostRules.Default;
        var combination = boosts.Combine switch
        {
            null or "max" => BoostCombination.Max,
            "product" => BoostCombination.Product,
            _ => Invalid<BoostCombination>("$.boosts.combine", $"must be max or product (is '{boosts.Combine}')"),
        };
        var rounding = boosts.Rounding switch
        {
            null or "floor" => BoostRounding.Floor,
            "nearest" => BoostRounding.Nearest,
            "ceiling" => BoostRounding.Ceiling,
            _ => Invalid<BoostRounding>("$.boosts.rounding", $"must be floor, nearest or ceiling (is '{boosts.Rounding}')"),
        };
        var maxFactor = boosts.MaxFactor ?? BoostRules.Default.MaxFactor;
        if (maxFactor < BoostRules.MinFactor || maxFactor > FactorCeiling)
            errors.Add("$.boosts.max_factor", $"must be between {BoostRules.MinFactor} and {FactorCeiling} (is {maxFactor})");
        return new BoostRules(combination, rounding, maxFactor, Scheduled(boosts.Scheduled, maxFactor, actions, errors));

        T Invalid<T>(string path, string reason) where T : struct
        {
            errors.Add(path, reason);
            return default;
        }
    }

    private static List<AppBoost> Scheduled(List<AppBoostDocument>? scheduled, decimal maxFactor, IReadOnlyDictionary<string, ActionRule> actions, ErrorList errors)
    {
        var result = new List<AppBoost>();
        for (var i = 0; i < (scheduled?.Count ?? 0); i++)
        {
            var b = scheduled![i];
            var at = $"$.boosts.scheduled[{i}]";
            var before = errors.All.Count;
            if (!Names.IsValid(b.Id))
                errors.Add($"{at}.id", $"boost id {Names.Rule}");
            else if (result.Exists(r => r.Id == b.Id))
                errors.Add($"{at}.id", $"boost '{b.Id}' is scheduled twice");
            var factor = errors.Required(b.Factor, $"{at}.factor");
            if (factor < BoostRules.MinFactor || factor > maxFactor)
                errors.Add($"{at}.factor", $"must be between {BoostRules.MinFactor} and {maxFactor} (is {factor})");
            var starts = errors.Required(b.StartsAt, $"{at}.starts_at");
            var ends = errors.Required(b.EndsAt, $"{at}.ends_at");
            if (ends <= starts)
                errors.Add($"{at}.ends_at", "must be after starts_at");
            errors.KnownActions(b.Actions, actions, $"{at}.actions");
            if (errors.All.Count == before)
                result.Add(new AppBoost(b.Id!, factor!.Value, starts!.Value, ends!.Value,
                    b.Actions is { Count: > 0 } names ? names.ToFrozenSet(StringComparer.Ordinal) : null));
        }
        return result;
    }
}
