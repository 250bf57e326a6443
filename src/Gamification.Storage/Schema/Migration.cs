namespace Gamification.Storage;

/// <summary>One schema version: the statements that bring the previous version to it.</summary>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
