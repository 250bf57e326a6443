using System.Diagnostics;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Gamification.Load;

/// <summary>
/// The ceiling of the award path on this database: no grains, one writer that takes up to 100 queued awards,
/// locks their rows in key order, checks limit and cap in memory, and writes them in one transaction of three
/// array-bound statements (select for update, update, log insert). Callers are answered after the commit.
/// </summary>
internal sealed class BatchedSqlDesign : IAsyncDisposable
{
    public const int MaxBatch = 100;
    private const int Xp = 1, DailyLimit = 100_000, DailyCap = 1_000_000, XpPerLevel = 1000;

    private readonly NpgsqlDataSource database;
    private readonly Channel<(string User, TaskCompletionSource Done)> queue =
        Channel.CreateUnbounded<(string, TaskCompletionSource)>(new() { SingleReader = true });
    private readonly Task writer;
    private long batches, awards, commitTicks;

    public BatchedSqlDesign(NpgsqlDataSource database)
    {
        this.database = database;
        writer = Task.Run(WriteAsync);
    }

    public string Summary => batches == 0 ? "no batches" :
        $"{batches:N0} batches, {(double)awards / batches:F1} awards per batch, {Stopwatch.GetElapsedTime(0, commitTicks).TotalMilliseconds / batches:F2} ms per transaction";

    /// <summary>Forgets the batches so far, so that <see cref="Summary"/> describes the measured part alone.</summary>
    public void ResetCounts() => (batches, awards, commitTicks) = (0, 0, 0);

    public Task CreateSchemaAsync(int users) => new PlainSqlDesign(database).CreateSchemaAsync(users);

    public Task AwardAsync(string userId)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        queue.Writer.TryWrite((userId, done));
        return done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.Complete();
        await writer;
    }

    private async Task WriteAsync()
    {
        await using var connection = await database.OpenConnectionAsync();
        var batch = new List<(string User, TaskCompletionSource Done)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var item))
                batch.Add(item);
            var start = Stopwatch.GetTimestamp();
            try
            {
                await CommitAsync(connection, batch);
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(b => b.Done.TrySetException(e));
            }
            Interlocked.Add(ref commitTicks, Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref batches);
            Interlocked.Add(ref awards, batch.Count);
            batch.Clear();
        }
    }

    private static async Task CommitAsync(NpgsqlConnection connection, List<(string User, TaskCompletionSource Done)> batch)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // Rows locked in key order, so that two writers (were there more) could never deadlock.
        var ids = batch.Select(b => b.User).Distinct().Order(StringComparer.Ordinal).ToArray();
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = new Dictionary<string, (long Exp, int DailyExp, int Posts)>(ids.Length);
        await using (var select = new NpgsqlCommand("SELECT id, exp, day, daily_exp, daily_posts FROM plain_users WHERE id = ANY($1) ORDER BY id FOR UPDATE", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = ids });
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var sameDay = !reader.IsDBNull(2) && reader.GetFieldValue<DateOnly>(2) == today;
                rows[reader.GetString(0)] = (reader.GetInt64(1), sameDay ? reader.GetInt32(3) : 0, sameDay ? reader.GetInt32(4) : 0);
            }
        }
        var logUsers = new List<string>(batch.Count);
        var logExp = new List<int>(batch.Count);
        foreach (var (user, _) in batch)
        {
            var (exp, dailyExp, posts) = rows[user];
            if (posts >= DailyLimit || dailyExp >= DailyCap)
                continue;
            var granted = Math.Min(Xp, DailyCap - dailyExp);
            rows[user] = (exp + granted, dailyExp + granted, posts + 1);
            logUsers.Add(user);
            logExp.Add(granted);
        }
        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            var update = new NpgsqlBatchCommand("""
                UPDATE plain_users AS u SET exp = v.exp, level = v.exp / $4 + 1, day = $5, daily_exp = v.daily_exp, daily_posts = v.posts
                FROM unnest($1::text[], $2::bigint[], $3::int[], $6::int[]) AS v(id, exp, daily_exp, posts) WHERE u.id = v.id
                """);
            update.Parameters.Add(new NpgsqlParameter { Value = ids });
            update.Parameters.Add(new NpgsqlParameter { Value = ids.Select(i => rows[i].Exp).ToArray() });
            update.Parameters.Add(new NpgsqlParameter { Value = ids.Select(i => rows[i].DailyExp).ToArray() });
            update.Parameters.Add(new NpgsqlParameter { Value = (long)XpPerLevel });
            update.Parameters.Add(new NpgsqlParameter { Value = today });
            update.Parameters.Add(new NpgsqlParameter { Value = ids.Select(i => rows[i].Posts).ToArray() });
            write.BatchCommands.Add(update);
            var log = new NpgsqlBatchCommand("INSERT INTO plain_exp_log (user_id, action, exp) SELECT u, 'post', e FROM unnest($1::text[], $2::int[]) AS l(u, e)");
            log.Parameters.Add(new NpgsqlParameter { Value = logUsers.ToArray() });
            log.Parameters.Add(new NpgsqlParameter { Value = logExp.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            write.BatchCommands.Add(log);
            await write.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
