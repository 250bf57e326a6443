using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>What every activation of the silo shares: services, clock, logging, storage, reminders, metrics.</summary>
internal sealed class GrainRuntime(
    IServiceProvider services,
    TimeProvider clock,
    ILoggerFactory loggerFactory,
    GrainStorage storage,
    ReminderRegistry reminders,
    RuntimeInstruments instruments)
{
    private IGrainFactory? _grainFactory;
    private Catalog? _catalog;

    public IServiceProvider Services => services;

    public TimeProvider Clock => clock;

    public ILoggerFactory LoggerFactory => loggerFactory;

    public ILogger Logger { get; } = loggerFactory.CreateLogger<Activation>();

    public GrainStorage Storage => storage;

    public ReminderRegistry Reminders => reminders;

    public RuntimeInstruments Instruments => instruments;

    // Resolved on first use: the factory's invoker needs the catalog, and the catalog needs this runtime.
    public IGrainFactory GrainFactory => _grainFactory ??= services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's activations; resolved on first use, since the catalog needs this runtime.</summary>
    public Catalog Catalog => _catalog ??= services.GetRequiredService<Catalog>();
}
