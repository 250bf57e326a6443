using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gamification.Runtime.Tests;

/// <summary>A started silo in a generic host; disposing it stops the silo.</summary>
public sealed class TestSilo(IHost host) : IAsyncDisposable
{
    private bool _stopped;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public T Get<T>() where T : notnull => host.Services.GetRequiredService<T>();

    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        host.Dispose();
    }
}
