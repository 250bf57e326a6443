using Gamification.Persistence;
using Gamification.Grains.Hosting;
using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Modules;
using Gamification.Domain.Modules;
using Gamification.Domain.Rules;
using Gamification.Grains.Apps;
using Gamification.Grains.Leaderboards;

namespace Gamification.Grains.Modules;

/// <summary>
/// Message counts per user in one module or conversation. A message is counted (and written)
/// first, then what it earned is delivered to the user's grain under keys derived from the message,
/// so a retry after a crash delivers it again and the user's ledger takes it once.
/// </summary>
[GrainType(TypeName)]
public sealed class ModuleGrain(AppRulesets rulesets, LeaderboardFeed leaderboards, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<ModuleProgress>> state) : PersistentGrain<ModuleProgress>(state), IModuleGrain
{
    internal const string TypeName = "module";

    private (string App, string ModuleId) Key => GrainKeys.Split(GrainKey);

    public async Task<MessageResult> RecordMessage(MessageCommand command)
    {
        var (app, moduleId) = Key;
        var rules = rulesets.For(app);
        var outcome = ModuleEngine.RecordMessage(State, rules, command.UserId, command.IdempotencyKey);
        if (!outcome.Duplicate)
        {
            State.Apply(outcome);
            await WriteStateAsync();
        }
        // Fed on duplicates too: a retry after a crash between the write and the feed repairs the board.
        leaderboards.OnModuleMessage(app, moduleId, outcome.UserId, outcome.Count, Clock.GetUtcNow());
        var awards = await Deliver(app, moduleId, outcome);
        return new MessageResult(outcome.UserId, outcome.Count, outcome.Duplicate, awards);
    }

    public async Task<ModuleMemberView> SetStatus(string userId, string completionStatus)
    {
        var status = Enum.TryParse<ModuleStatus>(completionStatus, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ArgumentException($"completion_status must be NotStarted, InProgress or Completed (is '{completionStatus}')", "completion_status");
        if (!State.Members.TryGetValue(userId, out var member))
            State.Members[userId] = member = new ModuleMember();
        if (member.Status != status)
        {
            member.Status = status;
            await WriteStateAsync();
        }
        return View(userId, member);
    }

    public Task<IReadOnlyList<ModuleMemberView>> GetMembers() =>
        Task.FromResult<IReadOnlyList<ModuleMemberView>>([.. State.Members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => View(m.Key, m.Value))]);

    private async Task<IReadOnlyList<AwardResult>> Deliver(string app, string moduleId, MessageOutcome outcome)
    {
        var user = GrainFactory.Keyed<IUserProgressGrain>(GrainKeys.User(app, outcome.UserId));
        var results = new List<AwardResult>();
        if (outcome.Action is { } action)
            results.Add(await user.Award(new AwardCommand(outcome.UserId, action, ModuleEngine.MessageKey(moduleId, outcome.Key))));
        foreach (var milestone in outcome.Reached)
            results.Add(await Deliver(user, outcome, moduleId, milestone));
        return results;
    }

    private static Task<AwardResult> Deliver(IUserProgressGrain user, MessageOutcome outcome, string moduleId, Milestone milestone) =>
        milestone.Badge is { } badge
            ? user.GrantBadge(new BadgeCommand(badge, moduleId, GrantedBy: null))
            : user.Award(new AwardCommand(outcome.UserId, milestone.Action!, ModuleEngine.MilestoneKey(moduleId, milestone, outcome.Count)));

    private static ModuleMemberView View(string userId, ModuleMember member) =>
        new(userId, member.Messages, member.Status.ToString());
}
