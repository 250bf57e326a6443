using Orleans.Runtime;

namespace Gamification.Contracts;

/// <summary>
/// A state write did not commit (storage unreachable, the silo stopping). Whether it committed is
/// unknown, so callers retry with the same idempotency key; the activation reloads its state first.
/// </summary>
[GenerateSerializer, Alias("gamification.storage-unavailable")]
public sealed class StorageUnavailableException : OrleansException
{
    /// <summary>Creates the exception for <paramref name="grain"/>, saying <paramref name="what"/> failed.</summary>
    public StorageUnavailableException(GrainId grain, string what, Exception? innerException = null)
        : base($"{grain} is unavailable: {what}. Retry the call.", innerException!) => Grain = grain;

    /// <summary>The grain that could not be served.</summary>
    [Id(0)]
    public GrainId Grain { get; }
}
