namespace Gamification.Domain.Modules;

/// <summary>A user's completion status in a module (seed 004's <c>completion_status</c>).</summary>
public enum ModuleStatus
{
    NotStarted,
    InProgress,
    Completed,
}
