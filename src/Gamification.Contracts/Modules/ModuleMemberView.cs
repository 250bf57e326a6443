namespace Gamification.Contracts.Modules;

/// <summary>One user's progress in a module; <paramref name="CompletionStatus"/> is NotStarted, InProgress or Completed.</summary>
[GenerateSerializer, Immutable, Alias("gamification.module-member-view")]
public sealed record ModuleMemberView(
    [property: Id(0)] string UserId,
    [property: Id(1)] int DiscussionMessageCount,
    [property: Id(2)] string CompletionStatus);
