using Gamification.Persistence;
using Orleans.Storage;
using Gamification.Grains.Hosting;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Rulesets;
using Gamification.Domain.Rules.Json;
using Gamification.Grains.Apps;
using Gamification.Grains.Mapping;

namespace Gamification.Grains.Rulesets;

/// <summary>
/// An app's ruleset and its edits. The first silo to start stores its preset (<see cref="Adopt"/>); once
/// stored, the stored ruleset is the truth every silo runs. Every edit is a new version, validated whole,
/// stored with a history row in one commit, and installed here; other silos pick it up from storage
/// (<see cref="RulesetPolling"/>).
/// </summary>
[GrainType(TypeName)]
public sealed class RulesetGrain(AppRulesets rulesets, IJournalReader journal, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<RulesetState>> state) : PersistentGrain<RulesetState>(state), IRulesetGrain
{
    internal const string TypeName = "ruleset";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Document is { } document)
            rulesets.Install(new AppRuleset(GrainKey, RulesetReader.Read(document).GetOrThrow($"stored ruleset of {GrainKey}"), document));
        return Task.CompletedTask;
    }

    public Task<RulesetView> GetCurrent() => Task.FromResult(RulesetViews.From(rulesets.Get(GrainKey)));

    public async Task<RulesetChange> PutBadge(BadgeDefinition badge)
    {
        var (document, _) = await Latest();
        var edited = RulesetDocumentEdits.PutSpecialBadge(document, badge);
        var result = await Store(edited, $"badge {badge.Id}", editedBy: null);
        return new RulesetChange(result.Ruleset, [.. result.Errors.Select(e => $"{e.Path}: {e.Message}")]);
    }

    public async Task<RulesetEditResult> Edit(RulesetEdit edit)
    {
        var (document, version) = await Latest();
        if (edit.ExpectedVersion is { } expected && expected != version)
            return new RulesetEditResult(null, [], version, Stale: true);
        var (edited, error) = RulesetSectionEdits.Apply(document, edit, version + 1);
        if (error is not null)
            return new RulesetEditResult(null, [error], version, Stale: false);
        return await Store(edited!, RulesetSectionEdits.Describe(edit), edit.EditedBy);
    }

    public async Task<bool> Adopt(string presetDocument)
    {
        await ReadStateAsync();
        if (RulesetReader.Read(presetDocument).Ruleset is not { } preset || (State.Document is not null && preset.Version <= State.Version))
            return false;
        var result = await Store(presetDocument, "preset adopted", editedBy: null, adopting: true);
        return result.Ruleset is not null;
    }

    public async Task<RulesetPreview> Preview(RulesetEdit edit, string userId, int limit)
    {
        var current = rulesets.Get(GrainKey);
        var proposedVersion = current.Rules.Version + 1;
        var (edited, error) = RulesetSectionEdits.Apply(current.Document, edit, proposedVersion);
        var load = edited is null ? null : RulesetReader.Read(edited);
        if (load?.Ruleset is not { } proposed)
        {
            IReadOnlyList<RulesetFieldError> errors = error is not null ? [error] : [.. load!.Errors.Select(e => new RulesetFieldError(e.Path, e.Reason))];
            return RulesetPreviews.Refused(userId, current.Rules.Version, proposedVersion, errors);
        }
        var user = GrainFactory.GetGrain<IUserProgressGrain>(GrainKeys.User(GrainKey, userId));
        var history = await user.GetHistory(null, limit);
        var paths = await user.GetPaths();
        return RulesetPreviews.Replay(userId, paths.PrimaryPath, current.Rules, proposed, [.. history.Entries.Reverse()]);
    }

    public async Task<RulesetHistoryPage> GetHistory(long? after, int limit)
    {
        var rows = await journal.ReadAsync(GrainId, after ?? 0, limit, CancellationToken.None);
        var versions = rows.Select(r => JsonSerializer.Deserialize(r.Entry.PayloadJson, GrainsJsonContext.Default.RulesetVersionView)!).ToList();
        return new RulesetHistoryPage(versions, rows.Count == limit ? rows[^1].Sequence : null);
    }

    /// <summary>The newest of the stored document (another silo may have stored it) and the one in use (a preset file raised past it).</summary>
    private async Task<(string Document, int Version)> Latest()
    {
        await ReadStateAsync();
        var installed = rulesets.Get(GrainKey);
        return State.Document is { } stored && State.Version >= installed.Rules.Version
            ? (stored, State.Version)
            : (installed.Document, installed.Rules.Version);
    }

    private async Task<RulesetEditResult> Store(string edited, string change, string? editedBy, bool adopting = false)
    {
        var load = RulesetReader.Read(edited);
        if (load.Ruleset is not { } rules)
            return new RulesetEditResult(null, [.. load.Errors.Select(e => new RulesetFieldError(e.Path, e.Reason))], State.Version, Stale: false);
        var history = new List<JournalEntry>();
        // An adopted preset is its own first history row.
        if (State.Document is null && !adopting)
        {
            var preset = rulesets.Get(GrainKey);
            history.Add(VersionRow(new RulesetVersionView(preset.Rules.Version, Clock.GetUtcNow(), null, "preset", preset.Document)));
        }
        history.Add(VersionRow(new RulesetVersionView(rules.Version, Clock.GetUtcNow(), editedBy, change, edited)));
        var previous = (State.Document, State.Version);
        (State.Document, State.Version) = (edited, rules.Version);
        try
        {
            await WriteStateAsync(history);
        }
        catch (Exception e) when (e is InconsistentStateException or DuplicateJournalEntryException)
        {
            // Another silo stored a version first: this edit was made against a stale one. A refused ledger key has
            // already reloaded the stored state; a stale ETag ends the activation, so memory goes back until then.
            if (e is InconsistentStateException)
                (State.Document, State.Version) = previous;
            return new RulesetEditResult(null, [], previous.Version, Stale: true);
        }
        var installed = new AppRuleset(GrainKey, rules, edited);
        rulesets.Install(installed);
        return new RulesetEditResult(RulesetViews.From(installed), [], rules.Version, Stale: false);
    }

    private static JournalEntry VersionRow(RulesetVersionView version) =>
        new($"v{version.Version}", "ruleset_version", JsonSerializer.Serialize(version, GrainsJsonContext.Default.RulesetVersionView), version.At);
}
