namespace Gamification.Cli.Import;

/// <summary>How a file format turns a line into named fields (null fields and no error for a header line).</summary>
internal interface IRowSource
{
    RawFields? Fields(long line, string text, out RowRejection? error);
}
