using Xunit.Abstractions;

namespace Gamification.Storage.Tests;

public sealed class SqliteStorageTests(SqliteDatabase database, ITestOutputHelper output)
    : StorageSuite(database, output), IClassFixture<SqliteDatabase>;
