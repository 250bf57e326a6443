namespace Gamification.Domain.Modules;

/// <summary>One user's progress in one module or conversation.</summary>
public sealed class ModuleMember
{
    public int Messages { get; set; }

    public ModuleStatus Status { get; set; }
}
