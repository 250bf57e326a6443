namespace Gamification.Cli.Import;

/// <summary>What one import run was asked to do.</summary>
internal sealed record ImportSettings(FileInfo File, string App, int Parallelism, int BatchSize, string CheckpointPath);
