namespace Gamification.Storage.Tests;

public sealed class ClosingState
{
    public bool Closed { get; set; }
}
