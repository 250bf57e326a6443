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
    /// <remarks>
    /// The cause is kept as text, not as the inner exception: a driver's exception (Npgsql, SQLite) has no
    /// Orleans codec, and carrying it would turn a retryable answer into a serialization failure.
    /// </remarks>
    public StorageUnavailableException(GrainId grain, string what, Exception? cause = null)
        : base(cause is null ? $"{grain} is unavailable: {what}. Retry the call." : $"{grain} is unavailable: {what} ({cause.GetType().Name}: {cause.Message}). Retry the call.")
        => Grain = grain;

    /// <summary>The grain that could not be served.</summary>
    [Id(0)]
    public GrainId Grain { get; }
}
