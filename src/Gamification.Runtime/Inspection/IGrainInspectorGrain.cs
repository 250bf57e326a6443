namespace Gamification.Runtime;

/// <summary>
/// Reads another grain's stored state and journal for operators without activating it. Keyed by the
/// inspected grain's key, so it lives on the same partition and silo and can also tell whether the
/// inspected grain is active there.
/// </summary>
public interface IGrainInspectorGrain : IGrainWithStringKey
{
    /// <summary>
    /// The grain of <paramref name="grainType"/> with this grain's key: its stored state, whether and
    /// where it is active, and up to <paramref name="journalLimit"/> journal rows after
    /// <paramref name="journalAfter"/> (null: the newest rows).
    /// </summary>
    Task<GrainInspection> Inspect(string grainType, long? journalAfter, int journalLimit);
}
