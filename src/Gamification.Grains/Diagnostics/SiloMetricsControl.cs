using Orleans.Providers;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// This silo's <see cref="SiloMetrics"/> as a control command, so one call of
/// <c>IManagementGrain.SendControlCommandToProvider</c> reaches every active silo and returns each one's window.
/// </summary>
public sealed class SiloMetricsControl(SiloMetrics metrics, ILocalSiloDetails silo) : IControllable
{
    /// <summary>The keyed-service name the management grain finds it by.</summary>
    public const string ProviderName = "gamification-metrics";

    /// <summary>The per-second window (calls, storage).</summary>
    public const int Window = 1;

    /// <summary>The window plus per-method totals and live activations per grain type.</summary>
    public const int WindowWithMethods = 2;

    public Task<object?> ExecuteCommand(int command, object? arg) =>
        Task.FromResult<object?>(metrics.Snapshot(silo.SiloAddress.ToString(), command == WindowWithMethods));
}
