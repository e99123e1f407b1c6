using System.Data.Common;

namespace Entente.Storage.Engines;

/// <summary>Keeps one command per SQL text on the writer's connection, so each statement is compiled once per run
/// instead of once per row (SQLite re-uses a command's prepared statement; Npgsql auto-prepares repeated ones).</summary>
/// <remarks>Not thread-safe: belongs to the single writer.</remarks>
internal sealed class StatementCache(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, bound to <paramref name="tx"/> and the given parameter values.</summary>
    public DbCommand Bind(string sql, DbTransaction tx, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = tx;
        foreach (var (name, value) in values)
        {
            var index = command.Parameters.IndexOf(name);
            DbParameter parameter;
            if (index < 0)
            {
                parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            else
            {
                parameter = command.Parameters[index];
            }
            parameter.Value = value ?? DBNull.Value;
        }
        return command;
    }

    public long? Scalar(string sql, DbTransaction tx, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(sql, tx, values).ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public int Execute(string sql, DbTransaction tx, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(sql, tx, values).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
