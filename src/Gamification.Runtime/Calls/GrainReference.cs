using System.Reflection;

namespace Gamification.Runtime;

/// <summary>
/// The runtime-generated implementation of a grain interface: each call becomes an
/// <see cref="IGrainCallInvoker"/> call, local or (later) remote.
/// </summary>
internal class GrainReference : DispatchProxy
{
    private GrainId _grain;
    private IGrainCallInvoker _invoker = null!;
    private GrainMethodTable _methods = null!;

    public void Bind(GrainId grain, IGrainCallInvoker invoker, GrainMethodTable methods)
    {
        _grain = grain;
        _invoker = invoker;
        _methods = methods;
    }

    /// <inheritdoc />
    public override string ToString() => _grain.ToString();

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return _methods.Get(targetMethod).ToReturnValue(_invoker.InvokeAsync(_grain, targetMethod, args ?? []));
    }
}
