using Gamification.Contracts.Inspection;
using Gamification.Persistence;
using Orleans.Concurrency;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// Reads another grain's stored state and journal straight from storage, and asks the grain directory whether it
/// is active (<c>IManagementGrain.GetActivationAddress</c>, a directory lookup that activates nothing); the
/// inspected grain is never called. A stateless worker, gone as soon as it answers: inspecting many grains leaves
/// no inspectors behind.
/// </summary>
[StatelessWorker(1)]
[GrainType(TypeName)]
public sealed class GrainInspectorGrain(IGrainStateQuery states, IJournalReader journals) : Grain, IGrainInspectorGrain
{
    public const string TypeName = "grain-inspector";

    public async Task<GrainInspection> Inspect(string grainType, long? journalAfter, int journalLimit)
    {
        ArgumentException.ThrowIfNullOrEmpty(grainType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(journalLimit);
        if (journalAfter is < 0)
            throw new ArgumentOutOfRangeException(nameof(journalAfter), "journalAfter must not be negative");
        DeactivateOnIdle();
        var target = GrainId.Create(grainType, this.GetPrimaryKeyString());
        var state = await states.ReadAsync(target, CancellationToken.None);
        var after = journalAfter ?? Math.Max(0, await states.JournalLengthAsync(target, CancellationToken.None) - journalLimit);
        var journal = await journals.ReadAsync(target, after, journalLimit, CancellationToken.None);
        var silo = await GrainFactory.GetGrain<IManagementGrain>(0).GetActivationAddress(GrainFactory.GetGrain(target));
        return new GrainInspection(
            target,
            state is null ? null : new StoredStateView(state.ETag, state.PayloadJson, state.UpdatedAt),
            silo is not null,
            silo?.ToString(),
            [.. journal.Select(r => new JournalRecordView(r.Sequence, new JournalEntryView(r.Entry.IdempotencyKey, r.Entry.Kind, r.Entry.PayloadJson, r.Entry.At)))]);
    }
}
