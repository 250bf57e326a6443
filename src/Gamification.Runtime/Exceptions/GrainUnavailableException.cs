namespace Gamification.Runtime;

/// <summary>
/// A call could not be served now (storage unreachable, silo stopping). Whether a failed write
/// committed is unknown, so retry with the same idempotency key.
/// </summary>
public sealed class GrainUnavailableException : Exception
{
    /// <summary>Creates the exception for <paramref name="grain"/>, saying <paramref name="what"/> failed.</summary>
    public GrainUnavailableException(GrainId grain, string what, Exception? innerException = null)
        : base($"{grain} is unavailable: {what}. Retry the call.", innerException) => Grain = grain;

    /// <summary>The grain that could not be served.</summary>
    public GrainId Grain { get; }
}
