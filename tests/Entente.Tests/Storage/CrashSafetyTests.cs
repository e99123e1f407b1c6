using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Entente.Benchmarks;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Tests.Storage;

/// <summary>An ingest killed with SIGKILL in the middle of a run, then run again, leaves every article exactly once
/// and nothing orphaned: each article and its events are one transaction, and the re-run skips what was committed.</summary>
public sealed class CrashSafetyTests
{
    // Enough that the kill lands mid-run: SQLite codes and stores about a thousand articles a second, so a short feed
    // could be stored in full between the poll that sees the first commit and the kill. PostgreSQL is slower.
    private const int SqliteArticles = 2_000;
    private const int PostgresArticles = 600;

    [Fact]
    public void A_killed_sqlite_ingest_resumes_to_every_article_exactly_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var db = Path.Combine(folder, "store.db");
            // Unpooled, and only once the file exists: the test must neither create the store before the ingest does nor
            // hold it open. Not read-only: a read-only reader of a WAL database may not see the WAL's committed pages.
            KillThenResume(folder, db, SqliteArticles, () => File.Exists(db) ? new SqliteConnection($"Data Source={db};Mode=ReadWrite;Pooling=False") : throw new FileNotFoundException(db));
            // The killed run had dropped the secondary indexes (the store was empty); they are back.
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadWrite;Pooling=False");
            Assert.Equal(2, c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('ix_events_date', 'ix_actor_mentions_actor')"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void A_killed_postgres_ingest_resumes_to_every_article_exactly_once()
    {
        using var temp = TestStores.Postgres();
        temp.Store.Dispose();
        var folder = Path.Combine(Path.GetTempPath(), "entente-crash-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            KillThenResume(folder, temp.Address, PostgresArticles, () => new NpgsqlConnection(temp.Address));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void KillThenResume(string folder, string db, int articles, Func<DbConnection> connect)
    {
        var corpus = Path.Combine(folder, "feed.jsonl");
        NewsCorpus.Write(corpus, articles, sentencesEach: 6);
        using (var first = Ingest(corpus, folder, db))
        {
            // Kill only once some articles are committed, so that the crash lands mid-run.
            var clock = Stopwatch.StartNew();
            long seen;
            while ((seen = Count(connect, "SELECT COUNT(*) FROM articles")) < 20 && !first.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                Thread.Sleep(50);
            }
            // (Not first.StandardError.ReadToEnd() in the message: it would wait for the process to end.)
            Assert.False(first.HasExited, $"the ingest finished before it could be killed ({seen} articles)");
            var atKill = Count(connect, "SELECT COUNT(*) FROM articles");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
            Assert.True(first.ExitCode != 0, $"killed at {atKill} articles but exited with {first.ExitCode}");
        }
        var afterCrash = Count(connect, "SELECT COUNT(*) FROM articles");
        Assert.InRange(afterCrash, 20, articles - 1);
        using (var second = Ingest(corpus, folder, db))
        {
            var stderr = second.StandardError.ReadToEndAsync();
            Assert.True(second.WaitForExit(TimeSpan.FromMinutes(10)), "the resumed ingest did not finish");
            Assert.True(second.ExitCode == 0, stderr.Result);
        }
        Assert.Equal(articles, Count(connect, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(0, Count(connect, "SELECT COUNT(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING COUNT(*) > 1) d"));
        Assert.Equal(0, Count(connect, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)"));
        Assert.Equal(0, Count(connect, "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)"));
        Assert.Equal(0, Count(connect, "SELECT COUNT(*) FROM actor_mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)"));
        Assert.Equal(Count(connect, "SELECT COUNT(*) FROM mentions"), Count(connect, "SELECT COALESCE(SUM(num_mentions), 0) FROM events"));
        Assert.Equal(0, Count(connect, "SELECT COUNT(*) FROM articles a WHERE a.event_count > 0 AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)"));
        // No index work left deferred by the killed run's bulk load.
        Assert.Equal(0, Count(connect, "SELECT COUNT(*) FROM bulk_load"));
    }

    private static Process Ingest(string corpus, string home, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Entente.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "ingest", corpus, "--home", home, "--db", db, "--top", "0" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        // Drain stdout so a full pipe never blocks the child.
        process.StandardOutput.ReadToEndAsync();
        return process;
    }

    private static long Count(Func<DbConnection> connect, string sql)
    {
        try
        {
            using var c = connect();
            c.Open();
            return c.ExecuteScalar<long>(sql);
        }
        catch (Exception e) when (e is DbException or FileNotFoundException)
        {
            return 0; // the store does not exist yet
        }
    }
}
