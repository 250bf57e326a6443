using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime;

/// <summary>Registers grain classes with the runtime added by <c>AddGrainRuntime</c>.</summary>
/// <param name="services">The app's service collection.</param>
public sealed class GrainRuntimeBuilder(IServiceCollection services)
{
    /// <summary>The app's service collection.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>Serves <typeparamref name="TGrainInterface"/> with <typeparamref name="TGrain"/>, created with app services in its constructor.</summary>
    public GrainRuntimeBuilder AddGrain<TGrainInterface, TGrain>()
        where TGrainInterface : IGrainWithStringKey
        where TGrain : Grain, TGrainInterface
    {
        Services.AddSingleton(new GrainRegistration(typeof(TGrainInterface), typeof(TGrain)));
        return this;
    }
}
