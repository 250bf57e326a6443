namespace Gamification.Runtime.AdoNet;

/// <summary>
/// The lease check a fenced write carries in its own statement: the partition's lease still held by the writing silo
/// at the same epoch, unexpired. FOR KEY SHARE keeps a taker (whose acquire locks the row FOR UPDATE) off the lease
/// until the write's transaction ends, so a new owner reads state only after the old owner's last commit; the owner's
/// own renewals (plain UPDATEs, FOR NO KEY UPDATE) do not conflict with it, so renewals never wait on writes or
/// deadlock with them. PostgreSQL only: clusters need it.
/// </summary>
internal static class LeaseFenceSql
{
    public const string Condition = """
        EXISTS (SELECT 1 FROM partition_leases
            WHERE partition_leases.partition = @partition AND owner = @fence_owner AND epoch = @fence_epoch AND expires_at > now() FOR KEY SHARE)
        """;

    public static (string Name, object Value)[] Parameters(LeaseFence fence) => [("@fence_owner", fence.SiloId), ("@fence_epoch", fence.Epoch)];
}
