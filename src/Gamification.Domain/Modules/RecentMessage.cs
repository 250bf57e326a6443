namespace Gamification.Domain.Modules;

/// <summary>A message remembered by key, so a retry is answered with the count it had and can re-send what it earned.</summary>
public sealed record RecentMessage(string Key, string UserId, int Count);
