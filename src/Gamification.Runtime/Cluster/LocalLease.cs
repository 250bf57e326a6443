namespace Gamification.Runtime;

/// <summary>What this silo believes about its own lease of one partition.</summary>
internal enum LocalLease
{
    /// <summary>Not held.</summary>
    None,

    /// <summary>Held: its grains activate and write here.</summary>
    Held,

    /// <summary>Being handed back: no new activations, but the grains still deactivating may write until it is released.</summary>
    Releasing,
}
