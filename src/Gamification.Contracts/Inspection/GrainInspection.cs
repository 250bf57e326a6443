using Orleans.Runtime;

namespace Gamification.Contracts.Inspection;

/// <summary>One grain as storage holds it and as the cluster sees it, read without activating it.</summary>
/// <param name="Grain">The inspected grain (<see cref="GrainId.Type"/> and <see cref="GrainId.Key"/>; <c>type/key</c> as a string).</param>
/// <param name="State">Its stored state, or null when it has none yet.</param>
/// <param name="Active">Whether it has an activation anywhere in the cluster now.</param>
/// <param name="Silo">The silo holding its activation (a <c>SiloAddress</c> as text), or null when it is not active.</param>
/// <param name="Journal">Its journal rows, oldest first.</param>
[GenerateSerializer, Alias("gamification.grain-inspection")]
public sealed record GrainInspection(
    [property: Id(0)] GrainId Grain,
    [property: Id(1)] StoredStateView? State,
    [property: Id(2)] bool Active,
    [property: Id(3)] string? Silo,
    [property: Id(4)] IReadOnlyList<JournalRecordView> Journal);
