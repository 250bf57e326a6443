namespace Gamification.Persistence;

/// <summary>The names grains give their storage in <c>[PersistentState]</c>.</summary>
public static class StorageProviders
{
    /// <summary>This project's journaled group-commit storage: state and ledger rows in one shared transaction.</summary>
    public const string Journaled = "journaled";
}
