using Gamification.Persistence;
using Gamification.Grains.Hosting;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Progress;
using Gamification.Domain.Progress;
using Gamification.Grains.Apps;
using Gamification.Grains.Mapping;

namespace Gamification.Grains.Users;

/// <summary>
/// An app's users as the store holds them, for admins. It reads stored state and never activates a
/// user's grain: state is written through, so the store has every acknowledged change.
/// </summary>
[GrainType("user-directory")]
public sealed class UserDirectoryGrain(AppRulesets rulesets, IGrainStateQuery states) : KeyedGrain, IUserDirectoryGrain
{
    public async Task<UserPage> ListUsers(string? search, string? after, int limit)
    {
        var app = GrainKey;
        var rules = rulesets.For(app);
        var rows = await states.ListAsync(GrainType.Create(UserProgressGrain.TypeName), GrainKeys.User(app, search ?? ""),
            after is null ? null : GrainKeys.User(app, after), limit, CancellationToken.None);
        var users = rows.Select(row =>
        {
            var userId = GrainKeys.Split(row.Grain.Key.ToString()).Id;
            var state = JsonSerializer.Deserialize(row.State.PayloadJson, GrainsJsonContext.Default.UserProgress) ?? new UserProgress();
            return ProgressViews.Profile(userId, state, rules, exists: true, Clock.GetUtcNow());
        }).ToList();
        return new UserPage(users, users.Count == limit ? users[^1].UserId : null);
    }
}
