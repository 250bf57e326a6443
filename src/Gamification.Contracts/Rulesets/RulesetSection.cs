namespace Gamification.Contracts.Rulesets;

/// <summary>The part of a ruleset an edit replaces.</summary>
[GenerateSerializer, Alias("gamification.ruleset-section")]
public enum RulesetSection
{
    /// <summary>One action of the catalog (<c>$.actions.&lt;name&gt;</c>), created or replaced whole.</summary>
    Action,

    /// <summary>Only an existing action's <c>enabled</c> flag.</summary>
    ActionEnabled,

    /// <summary>The level curve (<c>$.levels</c>): thresholds and rank names.</summary>
    Levels,

    /// <summary>The daily XP caps by level band (<c>$.daily_caps</c>).</summary>
    DailyCaps,

    /// <summary>One specialization path (<c>$.paths.&lt;id&gt;</c>), created or replaced whole.</summary>
    Path,

    /// <summary>One streak (<c>$.streaks.&lt;id&gt;</c>), created or replaced whole.</summary>
    Streak,

    /// <summary>One app-wide boost of <c>$.boosts.scheduled</c> by id: added (refused if the id is scheduled), or removed when the fragment is <c>null</c>.</summary>
    ScheduledBoost,
}
