using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Storage;
using Newsdesk.NewsroomLoad;
using Newsdesk.Storage.Sqlite;

// Usage: Newsdesk.NewsroomLoad DATA_DIR [ARTICLES] [STORIES]
// Creates DATA_DIR/newsdesk.db (migrated) and fills it; the full-text triggers index as rows arrive.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Newsdesk.NewsroomLoad DATA_DIR [ARTICLES=100000] [STORIES=20000]");
    return 2;
}

var dataDir = Path.GetFullPath(args[0]);
var articles = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var stories = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
Directory.CreateDirectory(dataDir);
var connectionString = SqliteStorage.ConnectionStringFor(dataDir);
var builder = new DbContextOptionsBuilder<NewsdeskDb>();
builder.UseNewsdeskSqlite(connectionString);
var options = builder.Options;
await using (var db = new NewsdeskDb(options))
{
    await db.Database.MigrateAsync();
}

var watch = Stopwatch.StartNew();
var now = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
await BeatGenerator.WriteAsync(connectionString, articles, stories, now, seed: 20261122);
Console.WriteLine($"Wrote {articles} articles in {stories} stories to {dataDir} in {watch.Elapsed.TotalSeconds:0} s.");
return 0;
