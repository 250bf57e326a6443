using System.Reflection;

namespace Gamification.Runtime;

/// <summary>Runs calls on this silo's activations, activating the grain on its first call.</summary>
internal sealed class LocalGrainCallInvoker(Catalog catalog, GrainMethodTable methods, RuntimeInstruments instruments, TimeProvider clock) : IGrainCallInvoker
{
    /// <inheritdoc />
    public Task<object?> InvokeAsync(GrainId grain, MethodInfo method, object?[] arguments) =>
        // Turns run on the thread pool: a caller's SynchronizationContext (a UI, a test runner) must not carry grain code.
        SynchronizationContext.Current is null && TaskScheduler.Current == TaskScheduler.Default
            ? RunAsync(grain, method, arguments)
            : Task.Run(() => RunAsync(grain, method, arguments));

    private async Task<object?> RunAsync(GrainId grain, MethodInfo method, object?[] arguments)
    {
        var call = methods.Get(method);
        var started = clock.GetTimestamp();
        try
        {
            while (true)
            {
                // An activation that ended while the call waited for its turn sends the call to a fresh one.
                var (ran, result) = await catalog.GetOrAdd(grain).InvokeAsync(call, arguments);
                if (ran)
                    return result;
            }
        }
        catch (Exception e)
        {
            instruments.CallFailed(grain, call, e);
            throw;
        }
        finally
        {
            instruments.CallCompleted(grain, call, clock.GetElapsedTime(started));
        }
    }
}
