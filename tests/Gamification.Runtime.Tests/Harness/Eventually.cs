using Gamification.Testing;

namespace Gamification.Runtime.Tests;

/// <summary>Waits on conditions instead of sleeping: polls briefly, fails with what it waited for.</summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(5);
        }
    }

    /// <summary>Moves the fake clock in <paramref name="step"/>s, letting the silo react after each, until <paramref name="condition"/> holds.</summary>
    public static async Task AdvanceUntilAsync(this FakeTimeProvider clock, Func<bool> condition, TimeSpan step, TimeSpan limit, string what)
    {
        var end = clock.GetUtcNow() + limit;
        while (!condition())
        {
            if (clock.GetUtcNow() >= end)
                Assert.Fail($"The clock reached {end:O} before {what}.");
            clock.Advance(step);
            await Task.Delay(5);
        }
    }

    /// <summary>Lets asynchronous work started by a clock move run before a test asserts that something did not happen.</summary>
    public static Task SettleAsync() => Task.Delay(100);
}
