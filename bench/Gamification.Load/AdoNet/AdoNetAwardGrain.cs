namespace Gamification.Load.AdoNet;

/// <summary>
/// The award of the plain-SQL design as an Orleans grain on the stock ADO.NET provider: state read once at
/// activation, then per call a check (replayed key, daily limit, daily cap), the update, and one
/// <c>WriteStateAsync</c> of the whole state, each its own round trip and commit (no group commit).
/// </summary>
internal sealed class AdoNetAwardGrain([PersistentState("s", AdoNetDesign.Storage)] IPersistentState<AdoNetUser> state) : Grain, IAdoNetAwardGrain
{
    // The bench ruleset's figures (bench-ruleset.json), as PlainSqlDesign has them.
    private const int Xp = 1, DailyLimit = 100_000, DailyCap = 1_000_000, XpPerLevel = 1000, KeysKept = 4;

    public async Task<bool> AwardAsync(string idempotencyKey)
    {
        var user = state.State;
        if (user.RecentKeys.Contains(idempotencyKey))
            return true;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber;
        if (user.Day != today)
            (user.Day, user.DailyExp, user.DailyPosts) = (today, 0, 0);
        if (user.DailyPosts >= DailyLimit || user.DailyExp >= DailyCap)
            return false;
        var granted = Math.Min(Xp, DailyCap - user.DailyExp);
        user.Exp += granted;
        user.Level = (int)(user.Exp / XpPerLevel + 1);
        user.DailyExp += granted;
        user.DailyPosts++;
        user.RecentKeys.Add(idempotencyKey);
        if (user.RecentKeys.Count > KeysKept)
            user.RecentKeys.RemoveAt(0);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The state in memory is ahead of the stored one: the next call must start from the database.
            DeactivateOnIdle();
            throw;
        }
        return true;
    }

    public Task<long> GetExpAsync() => Task.FromResult(state.State.Exp);
}
