using Dapper;
using Entente.Storage.Query;

namespace Entente.Storage;

public sealed partial class SqlEventStore
{
    public IReadOnlyList<CountRow> CountsByDay(EventQuery query)
    {
        using var c = _open();
        var f = Filter(c, query);
        var where = f.Where.Length == 0 ? " WHERE e.date IS NOT NULL" : f.Where + " AND e.date IS NOT NULL";
        return c.Query<CountRow>(
            $"SELECT SUBSTR(e.date, 1, 10) AS key, e.quad_class, COUNT(*) AS count, AVG(e.goldstein) AS mean_goldstein FROM events e{where} " +
            "GROUP BY SUBSTR(e.date, 1, 10), e.quad_class ORDER BY key, e.quad_class", f.Parameters).AsList();
    }
}
