using Gamification.Grains.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Leaderboards;

/// <summary>The leaderboard feed (an award follow-up) and the sources boards are rebuilt from.</summary>
internal static class LeaderboardRegistration
{
    public static IServiceCollection AddLeaderboards(this IServiceCollection services)
    {
        services.AddSingleton<BoardSources>();
        services.AddSingleton<LeaderboardFeed>();
        services.AddSingleton<IAwardFollowUp>(s => s.GetRequiredService<LeaderboardFeed>());
        return services;
    }
}
