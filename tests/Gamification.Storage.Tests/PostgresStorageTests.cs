using Xunit.Abstractions;

namespace Gamification.Storage.Tests;

public sealed class PostgresStorageTests(PostgresDatabase database, ITestOutputHelper output)
    : StorageSuite(database, output), IClassFixture<PostgresDatabase>;
