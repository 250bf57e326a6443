namespace Gamification.Contracts.Inspection;

/// <summary>
/// Reads another grain's stored state and journal (ledger) for operators without activating it. Keyed by the
/// inspected grain's key; the grains project implements it, reading storage directly and asking the cluster
/// where (if anywhere) the inspected grain is active. The inspected grain is never called.
/// </summary>
[Alias("gamification.grain-inspector")]
public interface IGrainInspectorGrain : IGrainWithStringKey
{
    /// <summary>
    /// The grain of <paramref name="grainType"/> (its Orleans grain type name, such as <c>user-progress</c>) with
    /// this grain's key: its stored state, whether and where it is active, and up to <paramref name="journalLimit"/>
    /// journal rows after sequence <paramref name="journalAfter"/> (null: the newest rows).
    /// </summary>
    [Alias("Inspect")]
    Task<GrainInspection> Inspect(string grainType, long? journalAfter, int journalLimit);
}
