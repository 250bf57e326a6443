namespace Gamification.Cli.Import;

/// <summary>A row that was not imported: its line number and why, in words an operator can act on.</summary>
internal sealed record RowRejection(long Line, string Reason);
