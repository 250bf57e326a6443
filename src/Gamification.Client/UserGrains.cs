using Gamification.Contracts;
using Gamification.Contracts.Grains;

namespace Gamification.Client;

/// <summary>The grain of one user in one app, with both ids checked before anything is sent.</summary>
internal static class UserGrains
{
    public static IUserProgressGrain User(this IGrainFactory grains, string app, string userId) =>
        grains.Keyed<IUserProgressGrain>(GrainKeys.User(Argument.Id(app, "app"), Argument.Id(userId, "user_id")));
}
