using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Gamification.Storage.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void Registering_as_default_serves_the_same_provider_under_the_default_name()
    {
        using var services = Services(asDefault: true);

        var named = services.GetRequiredKeyedService<IGrainStorage>("journaled");

        Assert.Same(named, services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        Assert.Same(named, services.GetRequiredService<IGrainStorage>());
    }

    [Fact]
    public void Without_asking_to_be_default_the_provider_is_only_under_its_name()
    {
        using var services = Services(asDefault: false);

        Assert.Null(services.GetKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
    }

    [Fact]
    public void The_schema_is_migrated_before_runtime_initialization_and_the_writer_runs_from_the_storage_stage()
    {
        using var services = Services(asDefault: false);
        var lifecycle = new RecordingLifecycle();

        foreach (var participant in services.GetServices<ILifecycleParticipant<ISiloLifecycle>>())
            participant.Participate(lifecycle);

        Assert.Equal(
            [("SchemaMigrationParticipant-journaled", ServiceLifecycleStage.RuntimeInitialize - 1), ("JournaledGrainStorage-journaled", ServiceLifecycleStage.RuntimeStorageServices)],
            lifecycle.Stages.OrderBy(s => s.Stage));
        // Membership reads its table from RuntimeGrainServices; the grains deactivate (and write) at a later stage, which stops first.
        Assert.True(lifecycle.Stages.Max(s => s.Stage) < ServiceLifecycleStage.RuntimeGrainServices);
    }

    [Fact]
    public void The_first_provider_added_answers_the_unkeyed_journal_and_state_queries()
    {
        using var services = new ServiceCollection().AddLogging().AddSerializer()
            .AddJournaledStorage("first", o => o.ConnectionString = "Data Source=first.db")
            .AddJournaledStorage("second", o => o.ConnectionString = "Data Source=second.db")
            .BuildServiceProvider();

        Assert.Same(services.GetRequiredKeyedService<IJournalReader>("first"), services.GetRequiredService<IJournalReader>());
        Assert.Same(services.GetRequiredKeyedService<IGrainStateQuery>("first"), services.GetRequiredService<IGrainStateQuery>());
        Assert.NotSame(services.GetRequiredKeyedService<IJournalReader>("first"), services.GetRequiredKeyedService<IJournalReader>("second"));
    }

    private static ServiceProvider Services(bool asDefault) => new ServiceCollection().AddLogging().AddSerializer()
        .AddJournaledStorage("journaled", o => o.ConnectionString = "Data Source=unused.db", asDefault)
        .BuildServiceProvider();

    /// <summary>Records who subscribes at which stage.</summary>
    private sealed class RecordingLifecycle : ISiloLifecycle
    {
        public List<(string Name, int Stage)> Stages { get; } = [];

        public int HighestCompletedStage => 0;

        public int LowestStoppedStage => 0;

        public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
        {
            Stages.Add((observerName, stage));
            return new Unsubscriber();
        }

        private sealed class Unsubscriber : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
