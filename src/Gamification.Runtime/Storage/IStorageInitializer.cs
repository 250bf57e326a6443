namespace Gamification.Runtime;

/// <summary>Prepares storage before the silo serves calls, for example by creating or migrating tables.</summary>
public interface IStorageInitializer
{
    /// <summary>Creates or migrates what the stores need; safe to run from several silos at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
