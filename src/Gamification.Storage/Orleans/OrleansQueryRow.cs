namespace Gamification.Storage.Orleans;

/// <summary>
/// Renders one row of the <c>OrleansQuery</c> table, the catalog the Orleans ADO.NET providers read their
/// statements from at start, as an idempotent upsert.
/// </summary>
internal static class OrleansQueryRow
{
    /// <summary>
    /// <c>INSERT ... ON CONFLICT (QueryKey) DO UPDATE</c> for <paramref name="key"/>: rerunning the schema replaces the
    /// text rather than failing or keeping a stale one. PostgreSQL and SQLite (3.24+) accept the same spelling.
    /// </summary>
    /// <remarks>
    /// The text is a standard SQL literal (quotes doubled). It must hold no backslash, which a PostgreSQL server with
    /// <c>standard_conforming_strings = off</c> would read as an escape.
    /// </remarks>
    public static string Upsert(string key, string text)
    {
        if (text.Contains('\\', StringComparison.Ordinal))
            throw new ArgumentException($"The text of Orleans query {key} holds a backslash, which not every server reads literally.", nameof(text));
        return $"INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('{key}', '{text.Trim().Replace("'", "''", StringComparison.Ordinal)}') "
            + "ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText";
    }
}
