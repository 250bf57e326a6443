using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Wallets;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Gamification.Grains.Tests;

/// <summary>References with the grain type resolved once are the references Orleans itself would give.</summary>
public sealed class KeyedGrainReferences(SqliteSilo fixture) : IClassFixture<SqliteSilo>
{
    private IGrainFactory Grains => fixture.Silo.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public void A_keyed_reference_has_the_grain_id_and_interface_of_GetGrain()
    {
        foreach (var key in new[] { "storybook/alice", "mikoshi/bob", "storybook/alice" })
        {
            var expected = (GrainReference)Grains.GetGrain<IUserProgressGrain>(key);
            var keyed = (GrainReference)Grains.Keyed<IUserProgressGrain>(key);

            Assert.Equal(expected.GrainId, keyed.GrainId);
            Assert.Equal(expected.InterfaceType, keyed.InterfaceType);
        }
    }

    [Fact]
    public void Each_interface_keeps_its_own_grain_type()
    {
        var user = (GrainReference)Grains.Keyed<IUserProgressGrain>("storybook/carol");
        var wallet = (GrainReference)Grains.Keyed<IWalletGrain>("storybook/carol");

        Assert.NotEqual(user.GrainId.Type, wallet.GrainId.Type);
        Assert.Equal(((GrainReference)Grains.GetGrain<IWalletGrain>("storybook/carol")).GrainId, wallet.GrainId);
    }
}
