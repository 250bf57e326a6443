namespace Gamification.Runtime;

/// <summary>
/// A state write found the stored ETag changed since the activation read it. The activation is
/// deactivated; the next call reloads the stored state.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception for <paramref name="grain"/>, whose write expected <paramref name="expectedETag"/>.</summary>
    public InconsistentStateException(GrainId grain, string? expectedETag)
        : base($"The stored state of {grain} is no longer at ETag '{expectedETag ?? "none"}'; the activation was dropped and the next call reloads it.")
    {
        Grain = grain;
        ExpectedETag = expectedETag;
    }

    /// <summary>The grain whose write was rejected.</summary>
    public GrainId Grain { get; }

    /// <summary>The ETag the write expected; null when it expected no stored state.</summary>
    public string? ExpectedETag { get; }
}
