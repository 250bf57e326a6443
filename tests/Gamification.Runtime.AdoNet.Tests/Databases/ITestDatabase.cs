using System.Data.Common;

namespace Gamification.Runtime.AdoNet.Tests;

/// <summary>A database a test class runs the storage suite against.</summary>
public interface ITestDatabase
{
    SqlDialect Dialect { get; }

    /// <summary>The test class's own database, migrated once by the suite.</summary>
    string ConnectionString { get; }

    /// <summary>A further database with no tables at all.</summary>
    Task<string> CreateEmptyAsync();

    DbConnection CreateConnection(string connectionString);
}
