using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Load;

/// <summary>Builds the silo's container after <see cref="GrainVariant.Trim"/> took its parts out (the silo registers them after the bench's hook runs).</summary>
internal sealed class TrimmedServiceProviderFactory(GrainVariant variant) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services) => services;

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder)
    {
        variant.Trim(containerBuilder);
        return containerBuilder.BuildServiceProvider();
    }
}
