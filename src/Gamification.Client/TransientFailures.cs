using Gamification.Contracts;
using Orleans.Runtime;
using Orleans.Storage;

namespace Gamification.Client;

/// <summary>
/// Failures after which a call changed nothing, or whose change its idempotency key makes safe to send
/// again: storage away, a stale activation's write refused (the next call reaches the live one), a silo lost.
/// </summary>
internal static class TransientFailures
{
    public static bool Retryable(Exception exception) =>
        exception is StorageUnavailableException or InconsistentStateException or SiloUnavailableException or OrleansMessageRejectionException;
}
