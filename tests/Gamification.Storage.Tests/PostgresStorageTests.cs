using Xunit.Abstractions;

namespace Gamification.Storage.Tests;

public sealed class PostgresStorageTests(PostgresDatabase database, ITestOutputHelper output)
    : StorageSuite(database, output), IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Grain_state_pages_are_filled_to_half_so_a_rewritten_state_fits_beside_its_old_version() =>
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM pg_class WHERE relname = 'grain_state' AND 'fillfactor=50' = ANY(reloptions)"));
}
