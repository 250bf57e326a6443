using Microsoft.AspNetCore.Authorization;

namespace Gamification.Gateway.Authentication;

/// <summary>Who may call what: service keys by scope; user tokens only where an endpoint checks the user.</summary>
internal static class GatewayPolicies
{
    /// <summary>Report events: a key with <c>award</c>, or a user token for its own client-allowed actions.</summary>
    public const string Award = "gateway:award";

    /// <summary>Read: a key with <c>read</c>, or a user token for its own data.</summary>
    public const string Read = "gateway:read";

    /// <summary>Events only an app's server reports (entities, messages, watching): a key with <c>award</c>.</summary>
    public const string ServiceAward = "gateway:service-award";

    /// <summary>Reads across users: a key with <c>read</c>.</summary>
    public const string ServiceRead = "gateway:service-read";

    public const string Admin = "gateway:admin";

    public static AuthorizationBuilder AddGatewayPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Award, p => p.Require(c => c.IsUser || c.Has(Scopes.Award)))
        .AddPolicy(Read, p => p.Require(c => c.IsUser || c.Has(Scopes.Read)))
        .AddPolicy(ServiceAward, p => p.Require(c => c.Has(Scopes.Award)))
        .AddPolicy(ServiceRead, p => p.Require(c => c.Has(Scopes.Read)))
        .AddPolicy(Admin, p => p.Require(c => c.Has(Scopes.Admin)));

    private static void Require(this AuthorizationPolicyBuilder policy, Func<Caller, bool> allowed) => policy
        .AddAuthenticationSchemes(GatewaySchemes.Gateway)
        .RequireAuthenticatedUser()
        .RequireAssertion(context => Caller.From(context.User) is { } caller && allowed(caller));
}
