namespace Gamification.Runtime;

/// <summary>
/// What a write must find in the lease table to commit: its partition still held by <paramref name="SiloId"/>
/// at <paramref name="Epoch"/>, unexpired. Checked in the write's own transaction.
/// </summary>
/// <param name="SiloId">The writing silo's id in the membership table.</param>
/// <param name="Epoch">The epoch of the lease the silo acquired; a later owner holds a higher one.</param>
public sealed record LeaseFence(string SiloId, long Epoch);
