namespace Gamification.Persistence;

/// <summary>Prepares storage (creates or migrates its schema); idempotent, so work that may run before the silo's own start can call it first.</summary>
public interface IStorageInitializer
{
    /// <summary>Returns once storage is ready for reads and writes.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
