namespace Gamification.Cli;

/// <summary>What the command's exit code tells a script.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and found problems: invalid ruleset, rejected rows, broken invariants.</summary>
    public const int Problems = 1;

    /// <summary>The command could not run: bad arguments, unreadable file, service unreachable or refusing the key.</summary>
    public const int Failed = 2;

    /// <summary>Stopped by Ctrl+C or a cancellation; what was acknowledged is kept and a rerun resumes.</summary>
    public const int Interrupted = 130;
}
