using System.Text.Json;
using System.Text.Json.Serialization;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Configuration;
using Gamification.Gateway.Dashboard;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Health;
using Gamification.Gateway.Http;
using Gamification.Gateway.Json;
using Gamification.Gateway.OpenApi;
using Gamification.Gateway.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway;

/// <summary>The gateway's services; the host adds the client (<c>AddGamificationClient</c>) that it calls.</summary>
public static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddGamificationGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        services.AddSingleton<EmbeddedKeys>();
        services.AddSingleton<ApiKeyRing>();
        services.AddHostedService<ApiKeyRingLoader>();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(RequestLineLimit.Apply);
        services.ConfigureHttpJsonOptions(o => GatewayJson.Apply(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusDetails.Complete);
        services.AddExceptionHandler<GatewayExceptionHandler>();
        services.AddGatewayAuthentication();
        services.AddRateLimiter(o => o.AddPolicy<string, CredentialRateLimitPolicy>(CredentialRateLimitPolicy.Name));
        services.AddOpenApi(o => o.AddDocumentTransformer<SecuritySchemesTransformer>());
        services.AddHealthChecks().AddCheck<ClientHealthCheck>("gamification-client", tags: ["ready"]);
        services.AddGamificationDashboard(configuration);
        return services;
    }

    private static void AddGatewayAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(GatewaySchemes.ApiKey, null)
            .AddJwtBearer(GatewaySchemes.Bearer)
            .AddPolicyScheme(GatewaySchemes.Gateway, null, o => o.ForwardDefaultSelector =
                context => ApiKeyHeaders.HasBearerToken(context.Request) ? GatewaySchemes.Bearer : GatewaySchemes.ApiKey);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthorizationBuilder().AddGatewayPolicies();
    }
}
