namespace Gamification.Contracts.Modules;

/// <summary>One user's progress in a module; <paramref name="CompletionStatus"/> is NotStarted, InProgress or Completed.</summary>
public sealed record ModuleMemberView(string UserId, int DiscussionMessageCount, string CompletionStatus);
