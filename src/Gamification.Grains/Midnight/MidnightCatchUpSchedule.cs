using Gamification.Domain;
using Gamification.Grains.Apps;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Grains.Midnight;

/// <summary>
/// On every silo: once a UTC day, <see cref="MidnightCatchUpOptions.After"/> past the last midnight reminder, asks each app's
/// <see cref="IMidnightCatchUpGrain"/> to sweep, and asks again until every sweep is done. Every silo asks, so the
/// catch-up does not depend on any one of them being up; the grain makes it one sweep per app.
/// </summary>
internal sealed partial class MidnightCatchUpSchedule(
    AppRulesets rulesets, IGrainFactory grains, TimeProvider clock, IOptions<MidnightCatchUpOptions> options, IOptions<MidnightResetOptions> reset,
    ILogger<MidnightCatchUpSchedule> logger)
    : BackgroundService
{
    private MidnightCatchUpOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
            return;
        var day = FirstDay(clock.GetUtcNow());
        while (await WaitAsync(stoppingToken))
        {
            var now = clock.GetUtcNow();
            if (now < SweepTime(day) || !await AllDoneAsync(day))
                continue;
            // After a long pause (or a clock jump) today's sweep covers every earlier day: stored days before today are all late.
            var today = UtcDay.Of(now);
            day = today > day ? today : day.AddDays(1);
        }
    }

    /// <summary>Today's sweep when this silo starts in time to take part in it, else tomorrow's.</summary>
    internal DateOnly FirstDay(DateTimeOffset now)
    {
        var today = UtcDay.Of(now);
        return now <= SweepTime(today) + Settings.JoinWithin ? today : today.AddDays(1);
    }

    // The last user's reminder is due a whole spread after midnight.
    private DateTimeOffset SweepTime(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + reset.Value.Spread + Settings.After;

    private async Task<bool> AllDoneAsync(DateOnly day)
    {
        var done = true;
        foreach (var app in rulesets.Apps)
        {
            try
            {
                done &= await grains.GetGrain<IMidnightCatchUpGrain>(app).CatchUp(day) == CatchUpStatus.Done;
            }
            catch (Exception e)
            {
                // A silo still joining, or storage away: ask again on the next round.
                LogAskFailed(e, app, day);
                done = false;
            }
        }
        return done;
    }

    private async Task<bool> WaitAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Settings.AskEvery, clock, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask for the midnight catch-up of {App} for {Day}; asking again")]
    private partial void LogAskFailed(Exception exception, string app, DateOnly day);
}
