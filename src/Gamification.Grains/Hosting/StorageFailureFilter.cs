using System.Data.Common;
using Gamification.Contracts;

namespace Gamification.Grains.Hosting;

/// <summary>
/// A database failure inside a grain call (a ledger lookup, a state read) reaches the caller as the retryable
/// <see cref="StorageUnavailableException"/>, never as the driver's exception, which has no Orleans codec.
/// </summary>
public sealed class StorageFailureFilter : IIncomingGrainCallFilter
{
    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DbException e)
        {
            throw new StorageUnavailableException(context.TargetId, $"{context.ImplementationMethod.Name} could not reach storage", e);
        }
    }
}
