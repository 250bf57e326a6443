using Gamification.Contracts.Boosts;
using Gamification.Domain.Boosts;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Grains.Mapping;

/// <summary>Boosts as callers see them.</summary>
internal static class BoostViews
{
    public static BoostView From(UserBoost boost) =>
        new(boost.Id, Codes.Of(BoostScope.User), boost.Factor, boost.StartsAt, boost.EndsAt, boost.Actions, boost.Source);

    public static BoostView From(AppBoost boost) =>
        new(boost.Id, Codes.Of(BoostScope.App), boost.Factor, boost.StartsAt, boost.EndsAt, boost.Actions?.Order(StringComparer.Ordinal).ToList(), null);

    /// <summary>The user's own boosts and the app's that are active at <paramref name="now"/>.</summary>
    public static IReadOnlyList<BoostView> Active(UserProgress state, Ruleset rules, DateTimeOffset now) =>
        [.. (state.Boosts ?? []).Where(b => b.IsActiveAt(now)).Select(From), .. rules.Boosts.Scheduled.Where(b => b.IsActiveAt(now)).Select(From)];

    public static AppliedBoostLine From(AppliedBoost boost) => new(boost.Id, boost.Factor, Codes.Of(boost.Scope));

    public static UserBoost ToBoost(BoostCommand command) =>
        new(command.Id, command.Factor, command.StartsAt, command.EndsAt, command.Actions is { Count: > 0 } a ? a : null, command.Source);
}
