using System.Linq.Expressions;
using System.Reflection;

namespace Gamification.Runtime;

/// <summary>A grain interface method, compiled once: how to run it on a grain and how to hand its result back.</summary>
internal sealed class GrainMethod
{
    public GrainMethod(MethodInfo method)
    {
        var resultType = ResultTypeOf(method);
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
        IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: false);
        Invoke = CompileInvoke(method, resultType);
        ToReturnValue = resultType is null ? task => task : CompileCast(resultType);
    }

    /// <summary>Interface and method name, as tagged on metrics.</summary>
    public string Name { get; }

    public bool IsReadOnly { get; }

    /// <summary>Runs the method on a grain instance; the result boxed, or null for a plain Task.</summary>
    public Func<object, object?[], Task<object?>> Invoke { get; }

    /// <summary>Turns the invoker's Task&lt;object?&gt; into the method's own return type.</summary>
    public Func<Task<object?>, object> ToReturnValue { get; }

    private static Type? ResultTypeOf(MethodInfo method)
    {
        var returns = method.ReturnType;
        if (returns == typeof(Task))
            return null;
        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
            return returns.GetGenericArguments()[0];
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    private static Func<object, object?[], Task<object?>> CompileInvoke(MethodInfo method, Type? resultType)
    {
        if (method.IsGenericMethodDefinition || method.GetParameters().Any(p => p.ParameterType.IsByRef))
            throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} can be neither generic nor take ref or out parameters.");
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters().Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        var box = resultType is null ? BoxMethod : BoxResultMethod.MakeGenericMethod(resultType);
        return Expression.Lambda<Func<object, object?[], Task<object?>>>(Expression.Call(box, call), grain, arguments).Compile();
    }

    private static Func<Task<object?>, object> CompileCast(Type resultType) =>
        CastMethod.MakeGenericMethod(resultType).CreateDelegate<Func<Task<object?>, object>>();

    private static readonly MethodInfo BoxMethod = typeof(GrainMethod).GetMethod(nameof(BoxAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo BoxResultMethod = typeof(GrainMethod).GetMethod(nameof(BoxResultAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CastMethod = typeof(GrainMethod).GetMethod(nameof(CastAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<object?> BoxAsync(Task task)
    {
        await task;
        return null;
    }

    private static async Task<object?> BoxResultAsync<T>(Task<T> task) => await task;

    private static async Task<T> CastAsync<T>(Task<object?> task) => (T)(await task)!;
}
