namespace Gamification.Storage.Tests;

/// <summary>A grain state with no journal.</summary>
public sealed class PlainState
{
    public string DisplayName { get; set; } = "";
}
