using Npgsql;

namespace Gamification.Load;

/// <summary>
/// The seed apps' design, as a baseline: per award one transaction that locks the user row, checks
/// the daily limit and cap in application code, updates the row and appends a log row.
/// </summary>
internal sealed class PlainSqlDesign(NpgsqlDataSource database)
{
    private const int Xp = 1, DailyLimit = 100_000, DailyCap = 1_000_000, XpPerLevel = 1000;

    public async Task CreateSchemaAsync(int users)
    {
        await using var command = database.CreateCommand("""
            DROP TABLE IF EXISTS plain_exp_log, plain_users;
            CREATE TABLE plain_users (id text PRIMARY KEY, exp bigint NOT NULL DEFAULT 0, level int NOT NULL DEFAULT 1,
                day date, daily_exp int NOT NULL DEFAULT 0, daily_posts int NOT NULL DEFAULT 0);
            CREATE TABLE plain_exp_log (id bigserial PRIMARY KEY, user_id text NOT NULL REFERENCES plain_users(id),
                action text NOT NULL, exp int NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
            INSERT INTO plain_users (id) SELECT 'u' || i FROM generate_series(0, @users - 1) AS i;
            """);
        command.Parameters.AddWithValue("users", users);
        await command.ExecuteNonQueryAsync();
    }

    public async Task AwardAsync(string userId)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        long exp;
        int dailyExp, posts;
        await using (var select = new NpgsqlCommand("SELECT exp, day, daily_exp, daily_posts FROM plain_users WHERE id = $1 FOR UPDATE", connection, transaction))
        {
            select.Parameters.AddWithValue(userId);
            await using var row = await select.ExecuteReaderAsync();
            await row.ReadAsync();
            var sameDay = !row.IsDBNull(1) && row.GetFieldValue<DateOnly>(1) == today;
            (exp, dailyExp, posts) = (row.GetInt64(0), sameDay ? row.GetInt32(2) : 0, sameDay ? row.GetInt32(3) : 0);
        }
        if (posts >= DailyLimit || dailyExp >= DailyCap)
            return;
        var granted = Math.Min(Xp, DailyCap - dailyExp);
        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            write.BatchCommands.Add(Command("UPDATE plain_users SET exp = $2, level = $3, day = $4, daily_exp = $5, daily_posts = $6 WHERE id = $1",
                userId, exp + granted, (int)((exp + granted) / XpPerLevel + 1), today, dailyExp + granted, posts + 1));
            write.BatchCommands.Add(Command("INSERT INTO plain_exp_log (user_id, action, exp) VALUES ($1, 'post', $2)", userId, granted));
            await write.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
