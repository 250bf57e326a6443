namespace Gamification.Runtime.Tests;

public interface IAlarmGrain : IGrainWithStringKey
{
    Task Schedule(string name, TimeSpan dueTime, TimeSpan period);

    Task Cancel(string name);
}
