using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Gamification.Testing;

/// <summary>
/// Which parts of a test silo see the test's clock: grains (every decision, every counter's day) and reminders
/// (so a test moves UTC midnight instead of waiting for it). Membership, messaging and the silo's own
/// housekeeping stay on real time: moving the clock must not run or stall them.
/// </summary>
public static class FakeClock
{
    /// <summary>The reminder service's keyed clock (Orleans.Reminders' ReminderTimeProviderNames.Reminders).</summary>
    public const string RemindersArea = "Orleans.Reminders";

    public static IServiceCollection Drive(IServiceCollection services)
    {
        services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
        services.AddKeyedSingleton(RemindersArea, static (sp, _) => sp.GetRequiredService<TimeProvider>());
        return services;
    }
}
