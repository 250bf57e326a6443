using System.Collections.Concurrent;

namespace Gamification.Runtime;

/// <summary>The activations of this silo, at most one per grain: created on a grain's first call, removed when they end.</summary>
internal sealed class Catalog(GrainTypeRegistry types, GrainRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private volatile bool _open;

    public ICollection<Activation> Activations => _activations.Values;

    /// <summary>Whether <paramref name="grain"/> has an activation here; asking never creates one.</summary>
    public bool IsActive(GrainId grain) => _activations.ContainsKey(grain);

    /// <summary>Starts accepting calls; until then, and after <see cref="DeactivateAllAsync"/>, calls are refused as unavailable.</summary>
    public void Open() => _open = true;

    public Activation GetOrAdd(GrainId grain)
    {
        while (true)
        {
            if (_activations.TryGetValue(grain, out var existing))
                return existing;
            if (!_open)
                throw new GrainUnavailableException(grain, "the silo is not running");
            var created = new Activation(grain, types.ForGrainType(grain.Type), runtime, this);
            if (_activations.TryAdd(grain, created))
            {
                // ActivateAsync handles its own failures; calls learn of them through the turn gate.
                _ = created.ActivateAsync();
                return created;
            }
        }
    }

    public void Remove(Activation activation) => _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        _open = false;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping.");
        await Task.WhenAll(_activations.Values.Select(a => a.DeactivateAsync(reason, cancellationToken)));
    }
}
