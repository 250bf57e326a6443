namespace Gamification.Runtime.Tests;

public sealed class ReminderEntryTests
{
    private static readonly DateTimeOffset Due = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReminderEntry Daily = new(new GrainId("alarm", "k"), "daily", Due, TimeSpan.FromDays(1));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(24 * 60, 2)]
    [InlineData(10 * 24 * 60 + 5, 11)]
    public void The_next_due_time_is_the_first_on_schedule_after_now(int minutesAfterDue, int periodsAfterDue)
    {
        Assert.Equal(Due.AddDays(periodsAfterDue), Daily.NextDueAfter(Due.AddMinutes(minutesAfterDue)));
    }
}
