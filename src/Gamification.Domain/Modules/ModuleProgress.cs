namespace Gamification.Domain.Modules;

/// <summary>The state a <c>ModuleGrain</c> owns: message counts and status per user in one module or conversation.</summary>
public sealed class ModuleProgress
{
    /// <summary>How many message keys are remembered to drop retried messages.</summary>
    public const int RecentKeyCapacity = 64;

    public Dictionary<string, ModuleMember> Members { get; set; } = [];

    public List<RecentMessage> RecentMessages { get; set; } = [];

    public ModuleMember? MemberOrNull(string userId) => Members.GetValueOrDefault(userId);

    public RecentMessage? FindMessage(string key) => RecentMessages.Find(m => m.Key == key);
}
