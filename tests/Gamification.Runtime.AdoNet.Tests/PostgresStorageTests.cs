using Xunit.Abstractions;

namespace Gamification.Runtime.AdoNet.Tests;

public sealed class PostgresStorageTests(PostgresDatabase database, ITestOutputHelper output)
    : StorageSuite(database, output), IClassFixture<PostgresDatabase>;
