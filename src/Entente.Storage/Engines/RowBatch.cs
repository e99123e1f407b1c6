using System.Data.Common;
using System.Numerics;
using System.Text;

namespace Entente.Storage.Engines;

/// <summary>New rows of one table, kept until <see cref="Flush"/> and then written by multi-row INSERTs: one statement
/// for up to <see cref="MaxRows"/> rows instead of one each. An article has a dozen or more actor mentions and event
/// mentions, and each statement's own cost (binding, stepping, resetting) was much of the writer's time.</summary>
/// <remarks>Not thread-safe: belongs to the single writer. Statements come in power-of-two sizes (15 rows are 8 + 4 + 2
/// + 1), so a handful of texts is compiled and prepared whatever the count; the rows keep their order.</remarks>
internal sealed class RowBatch
{
    private const int MaxRows = 16;

    private readonly string _insert;
    private readonly int _columns;
    private readonly string[][] _names;
    private readonly string?[] _sql = new string?[MaxRows + 1];
    private readonly (string Name, object? Value)[] _values;
    private readonly List<object?[]> _rows = [];

    /// <param name="table">The table.</param>
    /// <param name="columns">Its columns, in the order each row gives their values.</param>
    public RowBatch(string table, params string[] columns)
    {
        _insert = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ";
        _columns = columns.Length;
        _names = [.. Enumerable.Range(0, MaxRows).Select(r => columns.Select((_, c) => $"r{r}c{c}").ToArray())];
        _values = new (string, object?)[MaxRows * columns.Length];
    }

    /// <summary>Rows waiting for <see cref="Flush"/>.</summary>
    public int Count => _rows.Count;

    public void Add(params object?[] row)
    {
        if (row.Length != _columns)
        {
            throw new ArgumentException($"a row of {_insert} needs {_columns} values, not {row.Length}", nameof(row));
        }
        _rows.Add(row);
    }

    /// <summary>Writes the waiting rows, in order, through <paramref name="sql"/> (as its <see cref="StatementCache.Later"/> statements).</summary>
    public void Flush(StatementCache sql, DbTransaction tx)
    {
        for (var done = 0; done < _rows.Count;)
        {
            var n = Math.Min(MaxRows, 1 << BitOperations.Log2((uint)(_rows.Count - done)));
            for (var r = 0; r < n; r++)
            {
                var row = _rows[done + r];
                for (var c = 0; c < _columns; c++)
                {
                    _values[(r * _columns) + c] = (_names[r][c], row[c]);
                }
            }
            sql.Later(Sql(n), tx, _values.AsSpan(0, n * _columns));
            done += n;
        }
        _rows.Clear();
    }

    /// <summary>Forgets the waiting rows (their article was undone).</summary>
    public void Clear() => _rows.Clear();

    private string Sql(int rows)
    {
        if (_sql[rows] is { } known)
        {
            return known;
        }
        var text = new StringBuilder(_insert);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (").AppendJoin(", ", _names[r].Select(n => "@" + n)).Append(')');
        }
        return _sql[rows] = text.ToString();
    }
}
