using System.Data.Common;

namespace Gamification.Storage.Tests;

/// <summary>A database a test class runs the storage suite against.</summary>
public interface ITestDatabase
{
    /// <summary>The invariant the provider is configured with.</summary>
    string Invariant { get; }

    /// <summary>The test class's own database, migrated once by the suite.</summary>
    string ConnectionString { get; }

    /// <summary>A connection string to a database the provider cannot reach.</summary>
    string UnreachableConnectionString { get; }

    /// <summary>A further database with no tables at all.</summary>
    Task<string> CreateEmptyAsync();

    DbConnection CreateConnection(string connectionString);
}
