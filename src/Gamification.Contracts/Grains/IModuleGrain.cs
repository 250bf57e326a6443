using Gamification.Contracts.Modules;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>Message counts and completion per user in one module or conversation. Key: <c>app/module</c>.</summary>
[Alias("gamification.module")]
public interface IModuleGrain : IGrainWithStringKey
{
    /// <summary>Counts a message and awards the user what it earns: the per-message action, milestones, badges.</summary>
    [Alias("RecordMessage")]
    Task<MessageResult> RecordMessage(MessageCommand command);

    /// <summary>Sets a user's completion status: NotStarted, InProgress or Completed.</summary>
    [Alias("SetStatus")]
    Task<ModuleMemberView> SetStatus(string userId, string completionStatus);

    /// <summary>Every user's message count and status in the module.</summary>
    [Alias("GetMembers")]
    [ReadOnly]
    Task<IReadOnlyList<ModuleMemberView>> GetMembers();
}
