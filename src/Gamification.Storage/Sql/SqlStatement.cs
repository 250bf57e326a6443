using System.Data.Common;

namespace Gamification.Storage;

/// <summary>One SQL statement and its parameter values, runnable alone or as part of a batch.</summary>
internal sealed record SqlStatement(string Sql, params (string Name, object Value)[] Parameters)
{
    public DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = transaction;
        Bind(command.Parameters, command.CreateParameter);
        return command;
    }

    public DbBatchCommand AddTo(DbBatch batch)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = Sql;
        Bind(command.Parameters, command.CreateParameter);
        batch.BatchCommands.Add(command);
        return command;
    }

    public async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private void Bind(DbParameterCollection parameters, Func<DbParameter> create)
    {
        foreach (var (name, value) in Parameters)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value;
            parameters.Add(parameter);
        }
    }
}
