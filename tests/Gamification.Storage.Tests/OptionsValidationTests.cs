using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Gamification.Storage.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Oracle", "JournaledStorage:Invariant must be Npgsql, Microsoft.Data.Sqlite or System.Data.SQLite, is 'Oracle'.")]
    [InlineData("Npgsql", "JournaledStorage:ConnectionString is required.")]
    public void Settings_that_cannot_work_fail_naming_the_key_and_the_provider(string invariant, string message)
    {
        using var services = new ServiceCollection().AddJournaledStorage("journaled", o => o.Invariant = invariant).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptionsMonitor<JournaledStorageOptions>>().Get("journaled"));

        Assert.Contains($"{message} (storage provider 'journaled')", failure.Failures);
    }

    [Fact]
    public void Group_commit_settings_out_of_range_each_fail_naming_their_key()
    {
        var failures = Validate(o =>
        {
            o.GroupCommit.MaxBatchSize = 0;
            o.GroupCommit.Concurrency = 17;
            o.GroupCommit.MaxWait = TimeSpan.FromMilliseconds(-1);
            o.PartitionCount = 0;
        });

        Assert.Equal(
        [
            "JournaledStorage:PartitionCount must be at least 1, is 0. (storage provider 'journaled')",
            "JournaledStorage:GroupCommit:MaxBatchSize must be at least 1, is 0. (storage provider 'journaled')",
            "JournaledStorage:GroupCommit:Concurrency must be between 1 and 16, is 17. (storage provider 'journaled')",
            "JournaledStorage:GroupCommit:MaxWait must not be negative, is -00:00:00.0010000. (storage provider 'journaled')",
        ], failures);
    }

    [Fact]
    public void A_SQLite_connection_string_must_name_the_file() =>
        Assert.Equal(["JournaledStorage:ConnectionString must name the SQLite file (Data Source=...). (storage provider 'journaled')"],
            Validate(o => o.ConnectionString = "Cache=Shared"));

    [Fact]
    public void The_defaults_are_the_home_made_runtimes()
    {
        var options = new JournaledStorageOptions();

        Assert.Equal((128, 2, TimeSpan.Zero, 1024), (options.GroupCommit.MaxBatchSize, options.GroupCommit.Concurrency, options.GroupCommit.MaxWait, options.PartitionCount));
        Assert.Equal(StorageInvariants.MicrosoftDataSqlite, options.Invariant);
    }

    [Fact]
    public async Task A_host_with_bad_storage_settings_does_not_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddJournaledStorage("journaled", o => o.Invariant = "Npgsql");
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("JournaledStorage:ConnectionString is required. (storage provider 'journaled')", failure.Failures);
    }

    [Fact]
    public async Task The_static_migrator_refuses_bad_settings_naming_the_key() =>
        Assert.Contains("JournaledStorage:ConnectionString is required.", (await Assert.ThrowsAsync<OptionsValidationException>(
            () => JournaledStorageMigrator.MigrateAsync(new JournaledStorageOptions { Invariant = "Npgsql" }))).Message);

    [Fact]
    public async Task A_System_Data_SQLite_connection_string_is_read_for_its_file_path()
    {
        using var database = new SqliteDatabase();
        var path = database.NewPath();
        await using var services = new ServiceCollection().AddLogging().AddSerializer()
            .AddJournaledStorage("journaled", o =>
            {
                o.Invariant = StorageInvariants.SystemDataSqlite;
                o.ConnectionString = $"Data Source={path};Version=3;";
            })
            .BuildServiceProvider();

        await services.GetRequiredService<JournaledStorageMigrator>().MigrateAsync();
        var grain = GrainId.Create("counter", "app/alice");
        await services.GetRequiredKeyedService<IGrainStorage>("journaled").WriteStateAsync("state", grain, new TestGrainState<PlainState>(new PlainState()));

        Assert.True(File.Exists(path));
        Assert.NotNull(await services.GetRequiredService<IGrainStateQuery>().ReadAsync(grain, default));
    }

    private static string[] Validate(Action<JournaledStorageOptions> configure)
    {
        var options = new JournaledStorageOptions { ConnectionString = "Data Source=state.db" };
        configure(options);
        var result = new JournaledStorageOptionsValidator().Validate("journaled", options);
        return [.. result.Failures ?? []];
    }
}
