namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>The tests that share one silo; they run one after another and never share a user.</summary>
[CollectionDefinition(Name)]
public sealed class SharedGateway : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
