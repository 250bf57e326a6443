namespace Gamification.Storage.Tests;

public interface IClosingGrain : IGrainWithStringKey
{
    Task Touch();
}
