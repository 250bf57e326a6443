using Gamification.Storage.Orleans;
using Gamification.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Gamification.Storage.Tests.Orleans;

/// <summary><see cref="PostgresReminderTable"/> against the reminder table contract, and its batched registrations.</summary>
public sealed class PostgresReminderTableTests
{
    [Fact]
    public async Task It_passes_the_reminder_table_contract()
    {
        await using var table = await TableAsync(await DatabaseAsync("reminders_contract"), "contract");
        await ReminderTableContract.RunAsync(table);
    }

    [Fact]
    public async Task Concurrent_registrations_of_many_reminders_all_land_with_their_own_etags()
    {
        await using var table = await TableAsync(await DatabaseAsync("reminders_burst"), "burst");
        var entries = Enumerable.Range(0, 600).Select(i => Entry($"burst-{i}", TimeSpan.FromMinutes(1 + i))).ToList();

        var etags = await Task.WhenAll(entries.Select(e => Task.Run(() => table.UpsertRow(e))));

        var rows = (await table.ReadRows(0, 0)).Reminders.ToDictionary(r => r.GrainId);
        Assert.Equal(entries.Count, rows.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal(etags[i], rows[entries[i].GrainId].ETag);
            Assert.Equal(entries[i].Period, rows[entries[i].GrainId].Period);
        }
    }

    [Fact]
    public async Task Registrations_of_one_reminder_racing_each_other_each_get_a_new_etag_and_the_last_one_stays()
    {
        await using var table = await TableAsync(await DatabaseAsync("reminders_race"), "race");
        // The same key many times in one burst: a statement may write it once, so the rest wait for later statements.
        var writes = Enumerable.Range(1, 40).Select(i => table.UpsertRow(Entry("racing", TimeSpan.FromMinutes(i)))).ToList();

        var etags = await Task.WhenAll(writes);

        Assert.Equal(etags.Length, etags.Distinct().Count());
        var row = await table.ReadRow(GrainId.Create("probe-reminder", "racing"), "r");
        Assert.NotNull(row);
        // Queued in call order and written in queue order: the last call's period and ETag are the row's.
        Assert.Equal(TimeSpan.FromMinutes(40), row.Period);
        Assert.Equal(etags[^1], row.ETag);
    }

    [Fact]
    public async Task A_reminder_deleted_and_registered_again_does_not_take_back_its_old_etag()
    {
        await using var table = await TableAsync(await DatabaseAsync("reminders_reborn"), "reborn");
        var entry = Entry("reborn", TimeSpan.FromMinutes(1));
        var old = await table.UpsertRow(entry);
        Assert.True(await table.RemoveRow(entry.GrainId, "r", old!));

        var reborn = await table.UpsertRow(entry);

        Assert.NotEqual(old, reborn);
        Assert.False(await table.RemoveRow(entry.GrainId, "r", old!));
        Assert.Equal(reborn, (await table.ReadRow(entry.GrainId, "r"))!.ETag);
    }

    [Fact]
    public async Task Registrations_after_stop_fail_instead_of_waiting_forever()
    {
        var table = await TableAsync(await DatabaseAsync("reminders_stop"), "stop");
        await table.UpsertRow(Entry("before-stop", TimeSpan.FromMinutes(1)));
        await table.DisposeAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => table.UpsertRow(Entry("after-stop", TimeSpan.FromMinutes(1))));
    }

    private static async Task<string> DatabaseAsync(string name)
    {
        var database = await PostgresServer.CreateDatabaseAsync(name);
        await SchemaStatements.ApplyPostgresAsync(database, OrleansPostgresSchema.Statements);
        return database;
    }

    private static async Task<PostgresReminderTable> TableAsync(string database, string service)
    {
        var table = new PostgresReminderTable(
            Options.Create(new ClusterOptions { ClusterId = "reminders", ServiceId = $"{service}-{Guid.NewGuid():N}" }),
            Options.Create(new PostgresReminderTableOptions { ConnectionString = database, MaxBatchSize = 64 }),
            NullLogger<PostgresReminderTable>.Instance);
        await table.StartAsync();
        return table;
    }

    private static ReminderEntry Entry(string grain, TimeSpan period) => new()
    {
        GrainId = GrainId.Create("probe-reminder", grain),
        ReminderName = "r",
        StartAt = new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Period = period,
    };
}
