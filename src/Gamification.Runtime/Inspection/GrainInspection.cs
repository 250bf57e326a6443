namespace Gamification.Runtime;

/// <summary>One grain as storage holds it and as its silo sees it, read without activating it.</summary>
/// <param name="Grain">The inspected grain.</param>
/// <param name="State">Its stored state, or null when it has none yet.</param>
/// <param name="Active">Whether it has an activation on <paramref name="Silo"/> now.</param>
/// <param name="Silo">The silo that holds its partition (where it is or would be active).</param>
/// <param name="Partition">Its partition.</param>
/// <param name="Journal">Its journal rows, oldest first.</param>
public sealed record GrainInspection(GrainId Grain, StoredState? State, bool Active, string Silo, int Partition, IReadOnlyList<JournalRecord> Journal);
