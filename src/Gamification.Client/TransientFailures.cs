using Gamification.Runtime;

namespace Gamification.Client;

/// <summary>Failures after which a call changed nothing and may be sent again.</summary>
internal static class TransientFailures
{
    public static bool Retryable(Exception exception) =>
        exception is GrainUnavailableException or InconsistentStateException;
}
