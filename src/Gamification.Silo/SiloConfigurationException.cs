namespace Gamification.Silo;

/// <summary>Settings the silo cannot start with; the message names every bad key.</summary>
public sealed class SiloConfigurationException(IReadOnlyList<string> problems)
    : Exception("The silo's settings are invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
