using Xunit.Abstractions;

namespace Gamification.Runtime.AdoNet.Tests;

public sealed class SqliteStorageTests(SqliteDatabase database, ITestOutputHelper output)
    : StorageSuite(database, output), IClassFixture<SqliteDatabase>;
