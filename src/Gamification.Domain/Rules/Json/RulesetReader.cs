using System.Collections.Frozen;
using System.Text.Json;

namespace Gamification.Domain.Rules.Json;

/// <summary>Reads a ruleset from JSON, checking every rule; an invalid file yields all its errors and no ruleset.</summary>
public static class RulesetReader
{
    public static RulesetLoad Read(string json)
    {
        RulesetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, RulesetJsonContext.Default.RulesetDocument);
        }
        catch (JsonException e)
        {
            return Failed(new RulesetError(e.Path ?? "$", FirstSentence(e.Message)));
        }
        if (document is null)
            return Failed(new RulesetError("$", "must be a JSON object"));

        var errors = new ErrorList();
        var ruleset = Build(document, errors);
        return errors.Any ? new RulesetLoad(null, errors.All) : new RulesetLoad(ruleset, []);
    }

    private static Ruleset? Build(RulesetDocument d, ErrorList errors)
    {
        if (d.Id is not null && !Names.IsValid(d.Id))
            errors.Add("$.id", Names.Rule);
        errors.Required(d.Id, "$.id");
        errors.AtLeast(errors.Required(d.Version, "$.version"), 1, "$.version");
        errors.Required(d.Name, "$.name");

        var levels = LevelsReader.Read(d.Levels, errors);
        var actions = ActionsReader.Read(d.Actions, errors);
        var badges = BadgesReader.Read(d.Badges, actions, errors);
        var caps = CapsReader.Read(d.DailyCaps, errors);
        var grades = GradesReader.Read(d.Grades, errors);
        var messages = MessagesReader.Read(d.Messages, actions, badges, errors);
        var watch = WatchReader.Read(d.Watch, errors);
        var streaks = StreaksReader.Read(d.Streaks, actions, badges, errors);
        var boosts = BoostsReader.Read(d.Boosts, actions, errors);
        var tokens = TokensReader.Read(d.Tokens, levels, new ShopContext(actions, streaks, boosts), errors);
        var paths = PathsReader.Read(d.Paths, actions, errors);
        if (d.DailyReward is { } reward)
            errors.AtLeast(errors.Required(reward.Xp, "$.daily_reward.xp"), 1, "$.daily_reward.xp");

        if (errors.Any || levels is null)
            return null;
        return new Ruleset
        {
            Id = d.Id!,
            Version = d.Version!.Value,
            Name = d.Name!,
            Description = d.Description,
            Actions = actions.ToFrozenDictionary(StringComparer.Ordinal),
            Levels = levels,
            DailyCaps = caps,
            DailyReward = d.DailyReward is { Xp: { } xp } ? new DailyReward(xp) : null,
            Messages = messages,
            Grades = grades,
            Badges = badges.ToFrozenDictionary(StringComparer.Ordinal),
            Watch = watch,
            Tokens = tokens,
            Paths = paths.ToFrozenDictionary(StringComparer.Ordinal),
            Streaks = streaks.ToFrozenDictionary(StringComparer.Ordinal),
            Boosts = boosts,
        };
    }

    private static RulesetLoad Failed(RulesetError error) => new(null, [error]);

    // System.Text.Json appends "Path: ... | LineNumber: ..." which the error already carries.
    private static string FirstSentence(string message) =>
        message.Split(" Path: ", 2)[0].Trim();
}
