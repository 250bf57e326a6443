using Gamification.Storage.Orleans;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Gamification.Storage.Tests.Orleans;

/// <summary><see cref="SqliteReminderTable"/> against the reminder table contract, and its SQLite specifics.</summary>
public sealed class SqliteReminderTableTests
{
    [Fact]
    public async Task It_passes_the_reminder_table_contract()
    {
        using var file = new SqliteFile("reminders-contract");
        var table = await TableAsync(file, "contract");
        await ReminderTableContract.RunAsync(table);
    }

    [Fact]
    public async Task Start_times_and_periods_read_back_to_the_tick()
    {
        using var file = new SqliteFile("reminders-ticks");
        var table = await TableAsync(file, "ticks");
        var grain = GrainId.Create("probe-reminder", "ticks");
        var start = new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1_234_567);
        var period = TimeSpan.FromTicks(987_654_321_987);
        var etag = await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "exact", StartAt = start, Period = period });

        var read = await table.ReadRow(grain, "exact");
        Assert.NotNull(read);
        Assert.Equal(start.Ticks, read.StartAt.Ticks);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(period, read.Period);
        Assert.Equal(etag, read.ETag);

        // A local time is the same instant in UTC; an unspecified one is taken as UTC, as the ADO.NET table does.
        await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "local", StartAt = start.ToLocalTime(), Period = period });
        Assert.Equal(start, (await table.ReadRow(grain, "local"))!.StartAt);
        await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "unspecified", StartAt = DateTime.SpecifyKind(start, DateTimeKind.Unspecified), Period = period });
        Assert.Equal(start, (await table.ReadRow(grain, "unspecified"))!.StartAt);
    }

    [Fact]
    public async Task Services_sharing_a_file_see_and_clear_only_their_own_reminders()
    {
        using var file = new SqliteFile("reminders-services");
        var mine = await TableAsync(file, "mine");
        var theirs = await TableAsync(file, "theirs");
        var grain = GrainId.Create("probe-reminder", "shared");
        var entry = new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) };
        var myETag = await mine.UpsertRow(entry);
        await theirs.UpsertRow(entry);

        await theirs.TestOnlyClearTable();
        Assert.Empty((await theirs.ReadRows(0, 0)).Reminders);
        Assert.Equal(myETag, Assert.Single((await mine.ReadRows(0, 0)).Reminders).ETag);
        Assert.False(await theirs.RemoveRow(grain, "r", myETag!));
        Assert.False(await mine.RemoveRow(grain, "r", "not-an-etag"));
    }

    [Fact]
    public async Task Writers_on_one_file_wait_for_each_other_instead_of_failing()
    {
        using var file = new SqliteFile("reminders-writers");
        var tables = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TableAsync(file, "writers")));
        var writes = tables.SelectMany((table, t) => Enumerable.Range(0, 25).Select(i => Task.Run(() => table.UpsertRow(new ReminderEntry
        {
            GrainId = GrainId.Create("probe-reminder", $"writer-{t}-{i}"),
            ReminderName = "r",
            StartAt = DateTime.UtcNow,
            Period = TimeSpan.FromMinutes(1),
        }))));
        var etags = await Task.WhenAll(writes);
        Assert.All(etags, e => Assert.False(string.IsNullOrEmpty(e)));
        Assert.Equal(100, (await tables[0].ReadRows(0, 0)).Reminders.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mode=ReadOnly")]
    [InlineData("Data Source=:memory:")]
    public void Options_that_cannot_work_stop_the_silo_naming_the_key(string connectionString)
    {
        var validator = new SqliteReminderTableOptionsValidator(Options.Create(new SqliteReminderTableOptions { ConnectionString = connectionString }));
        var error = Assert.Throws<OrleansConfigurationException>(validator.ValidateConfiguration);
        Assert.Contains("SqliteReminderTableOptions.ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_passes_validation_in_either_spelling()
    {
        new SqliteReminderTableOptionsValidator(Options.Create(new SqliteReminderTableOptions { ConnectionString = "Data Source=reminders.db" })).ValidateConfiguration();
        new SqliteReminderTableOptionsValidator(Options.Create(new SqliteReminderTableOptions { ConnectionString = "Data Source=reminders.db;Version=3" })).ValidateConfiguration();
    }

    [Fact]
    public async Task A_silo_with_no_connection_string_does_not_start()
    {
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ProbeSilo.StartAsync(clusterId, "no-file", (silo, siloPort, gatewayPort) =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: "no-file", clusterId: clusterId);
            silo.UseSqliteReminderService(_ => { });
        }));
        Assert.Contains("SqliteReminderTableOptions.ConnectionString", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<SqliteReminderTable> TableAsync(SqliteFile file, string serviceId)
    {
        var table = new SqliteReminderTable(
            Options.Create(new ClusterOptions { ClusterId = "reminders", ServiceId = serviceId }),
            Options.Create(new SqliteReminderTableOptions { ConnectionString = file.ConnectionString }));
        await table.StartAsync();
        return table;
    }
}
