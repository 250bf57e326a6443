using System.Reflection;

namespace Gamification.Runtime;

/// <summary>A grain method's name on the wire: declaring interface, method name and parameter count (grain interfaces have no overloads of one arity).</summary>
internal static class GrainMethodName
{
    public static string Of(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}/{method.GetParameters().Length}";
}
