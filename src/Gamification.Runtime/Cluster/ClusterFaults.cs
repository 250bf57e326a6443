namespace Gamification.Runtime;

/// <summary>
/// Test hooks of a cluster silo: simulate the whole process pausing (SIGSTOP) without stopping the test's own code.
/// While suspended the silo neither heartbeats nor renews, and its own lease clock stands still, so it keeps
/// believing it holds what it held; writes it makes meanwhile meet the database's fence.
/// </summary>
public sealed class ClusterFaults
{
    private readonly LeasePartitionDirectory _directory;

    internal ClusterFaults(LeasePartitionDirectory directory) => _directory = directory;

    internal bool Suspended { get; private set; }

    /// <summary>Stops heartbeats and renewals, and freezes this silo's view of its leases.</summary>
    public void SuspendHeartbeat()
    {
        _directory.Freeze();
        Suspended = true;
    }

    /// <summary>Lets the silo heartbeat again; its next tick learns which leases it lost.</summary>
    public void ResumeHeartbeat()
    {
        Suspended = false;
        _directory.Thaw();
    }
}
