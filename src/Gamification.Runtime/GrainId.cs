namespace Gamification.Runtime;

/// <summary>The identity of a grain: its type name and its string key, unique in the cluster.</summary>
/// <param name="Type">The grain type name, for example <c>user-progress</c>.</param>
/// <param name="Key">The grain key, for example <c>default/alice</c>.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>The grain as <c>type/key</c>, the form used in logs and on the dashboard.</summary>
    public override string ToString() => $"{Type}/{Key}";
}
