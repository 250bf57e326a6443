using Gamification.Grains.Hosting;
using Gamification.Grains.Users;
using Gamification.Persistence;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Midnight;

/// <summary>
/// Resets the users whose midnight reminder did not fire. Orleans delivers a reminder tick only while some silo
/// holds the reminder's range: a range that changes hands across midnight (a silo restarted, killed or joining)
/// is loaded after its ticks were due, and those ticks wait a whole period. This reads the app's stored users
/// page by page (never activating the ones already reset) and asks each late one to reset.
/// </summary>
[GrainType("midnight-catch-up")]
public sealed partial class MidnightCatchUpGrain(IGrainStateQuery states) : KeyedGrain, IMidnightCatchUpGrain
{
    private const int Page = 500;

    private DateOnly? swept;
    private (DateOnly Day, Task Sweep)? running;

    public Task<CatchUpStatus> CatchUp(DateOnly day)
    {
        if (swept >= day)
            return Task.FromResult(CatchUpStatus.Done);
        if (running is { } current && current.Day == day)
        {
            if (!current.Sweep.IsCompleted)
                return Task.FromResult(CatchUpStatus.Running);
            // A failed sweep (storage away) starts again on the next ask.
            running = null;
            return CatchUp(day);
        }
        // Runs on the grain's scheduler, interleaving with the asks, which only read the fields above.
        running = (day, SweepAsync(day));
        return Task.FromResult(CatchUpStatus.Running);
    }

    private async Task SweepAsync(DateOnly day)
    {
        // The first await moves the sweep off the ask's turn, so the ask answers at once.
        await Task.Yield();
        var type = GrainType.Create(UserProgressGrain.TypeName);
        var (read, late) = (0, 0);
        string? after = null;
        try
        {
            while (true)
            {
                var rows = await states.ListAsync(type, $"{GrainKey}/", after, Page, CancellationToken.None);
                var missed = rows.Where(r => LateMidnights.Missed(r.State.PayloadJson, day)).Select(r => r.Grain.Key.ToString()!).ToList();
                await Task.WhenAll(missed.Select(key => GrainFactory.GetGrain<IMidnightReset>(key).ResetDay()));
                (read, late) = (read + rows.Count, late + missed.Count);
                if (rows.Count < Page)
                    break;
                after = rows[^1].Grain.Key.ToString();
                LogProgress(Logger, GrainKey, day, read, late);
            }
            swept = day;
            LogSwept(Logger, GrainKey, day, read, late);
        }
        catch (Exception e)
        {
            LogSweepFailed(Logger, e, GrainKey, day, read, late);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Midnight catch-up of {App} for {Day}: {Read} users read, {Late} reset late so far")]
    private static partial void LogProgress(ILogger logger, string app, DateOnly day, int read, int late);

    [LoggerMessage(Level = LogLevel.Information, Message = "Midnight catch-up of {App} for {Day}: {Read} users read, {Late} reset late (their reminder tick was skipped)")]
    private static partial void LogSwept(ILogger logger, string app, DateOnly day, int read, int late);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Midnight catch-up of {App} for {Day} failed after {Read} users read and {Late} reset; it starts again on the next ask")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string app, DateOnly day, int read, int late);
}
