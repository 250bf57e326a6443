namespace Gamification.Runtime;

/// <summary>Names a grain class's type in grain ids and table rows; without it the class name is used.</summary>
/// <param name="name">The stable grain type name, for example <c>user-progress</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
