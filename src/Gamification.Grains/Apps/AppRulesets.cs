using System.Collections.Concurrent;
using Gamification.Contracts;
using Gamification.Domain.Rules;

namespace Gamification.Grains.Apps;

/// <summary>
/// The current ruleset of every app on this silo, read on every grain turn. Seeded from the
/// configured preset files at start; a <c>RulesetGrain</c> replaces an app's entry when it changes.
/// </summary>
public sealed class AppRulesets
{
    private readonly ConcurrentDictionary<string, AppRuleset> current;
    private readonly ConcurrentDictionary<string, AppRuleset>.AlternateLookup<ReadOnlySpan<char>> byName;

    public AppRulesets()
    {
        current = new(StringComparer.Ordinal);
        byName = current.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Apps => current.Keys;

    public Ruleset For(string app) => Get(app).Rules;

    public AppRuleset Get(string app) =>
        current.TryGetValue(app, out var ruleset) ? ruleset : throw new UnknownAppException(app);

    /// <summary>
    /// The app a grain key (<c>app/...</c>) is scoped to, as this registry's own string when the app is
    /// installed, so the many grains of an app need not each keep a copy of its name.
    /// </summary>
    public string AppOf(string grainKey)
    {
        var slash = grainKey.IndexOf('/', StringComparison.Ordinal);
        var app = slash < 0 ? grainKey : grainKey.AsSpan(0, slash);
        return byName.TryGetValue(app, out var name, out _) ? name : app.ToString();
    }

    /// <summary>Installs a ruleset unless a newer version is already in place.</summary>
    public void Install(AppRuleset ruleset) =>
        current.AddOrUpdate(ruleset.App, ruleset, (_, existing) => existing.Rules.Version > ruleset.Rules.Version ? existing : ruleset);
}
