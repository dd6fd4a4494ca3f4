using System.Text;
using Microsoft.Data.Sqlite;
using Newsdesk.Core.Articles;

namespace Newsdesk.NewsroomLoad;

/// <summary>
/// A synthetic beat with the shape of a real one: 40 outlets, stories of 1 to 30 articles (most
/// small, a few big), about a third of articles copies of their story's original, quotes, and
/// bodies of about 250 words drawn Zipf-like from a news vocabulary, over 60 days.
/// </summary>
internal static class BeatGenerator
{
    private static readonly string[] Outlets = Enumerable.Range(0, 40).Select(i => $"{Names[i % Names.Length]} {Kinds[i / Names.Length % Kinds.Length]}").ToArray();

    private static string[] Names => ["Harbor", "Capital", "Peninsula", "Eastern", "Northern", "Seaboard", "Summit", "Central", "River", "Pacific"];

    private static string[] Kinds => ["Ledger", "Wire", "Daily", "Monitor"];

    private static readonly string[] Vocabulary = (
        "the of and to in a said on for that with by was is as at from officials minister ministry government military border "
        + "talks north south korea seoul pyongyang washington beijing tokyo moscow defence security alliance troops drills "
        + "missile launch nuclear sanctions envoy president leader party election court police report reports week month year "
        + "statement spokesman agency news told lawmakers parliament budget cost costs trade exports shipments rail sea ports "
        + "navy army air force drone drones exercise exercises warning response summit meeting agreement deal negotiations "
        + "analysts experts think tank university professor policy pressure relations diplomatic embassy treaty anniversary "
        + "loudspeakers leaflets balloons activists defectors human rights aid food fuel energy oil gas prices inflation "
        + "market shares investors companies factory workers jobs labour union strike protest rally crowd capital city "
        + "province region coast island waters fishing boats vessel cargo ship seized inspected intelligence service estimate "
        + "estimates million billion thousand percent rise fall record highest lowest since first second third last new "
        + "plan plans proposal proposed approved rejected vote votes bill law rules regulation command transfer wartime "
        + "operational control forces stationed bases base camp soldiers guard post posts zone demilitarised frontier "
        + "artillery shells rounds ammunition weapons systems technology satellite space rocket engine test tested "
        + "cyber hackers attack attacks stolen crypto funds laundering network networks banks bank finance minister's "
        + "foreign affairs unification reunification families separated reunion humanitarian medical hospital disease "
        + "weather typhoon flood floods harvest rice crops farmers villages rural urban housing apartments construction").Split(' ');

    public static async Task WriteAsync(string connectionString, int articleCount, int storyCount, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();

        var sourceIds = new long[Outlets.Length];
        for (var i = 0; i < Outlets.Length; i++)
        {
            sourceIds[i] = await Scalar(connection, tx,
                "INSERT INTO sources (Kind, Url, Title, Outlet, Category, Tags, ErrorCount, Disabled, CreatedAt, LastSuccessAt) VALUES (0, $u, $t, $o, $c, '[]', $e, 0, $n, $n) RETURNING Id",
                ("$u", $"https://feeds{i}.example/rss"), ("$t", Outlets[i] + " feed"), ("$o", Outlets[i]), ("$c", i % 2 == 0 ? "Korea/Defense" : "Korea/Diplomacy"),
                ("$e", i % 13 == 0 ? 2 : 0), ("$n", now.UtcTicks));
        }

        // Story sizes: heavy-tailed, summing to the article count.
        var sizes = new int[storyCount];
        var remaining = articleCount - storyCount;
        for (var s = 0; s < storyCount; s++)
        {
            sizes[s] = 1;
        }

        while (remaining > 0)
        {
            var s = (int)(storyCount * Math.Pow(random.NextDouble(), 2.2));
            if (sizes[s] < 30)
            {
                sizes[s]++;
                remaining--;
            }
        }

        var storyInsert = Command(connection, tx, "INSERT INTO stories (Headline, Keywords, FirstSeenAt, UpdatedAt, ArticleCount) VALUES ($h, $k, $f, $u, $c) RETURNING Id", "$h", "$k", "$f", "$u", "$c");
        var articleInsert = Command(connection, tx,
            "INSERT INTO articles (SourceId, Url, CanonicalUrl, Title, Byline, Outlet, PublishedAt, RetrievedAt, BodyJson, Text, ContentHash, WordCount, ExtraLinks, StoryId, CopyOfId, CopyKind, VerbatimShare, ReadAt) "
            + "VALUES ($src, $url, $can, $title, $by, $out, $pub, $ret, $body, $text, $hash, $wc, '[]', $story, $copy, $kind, $share, $read) RETURNING Id",
            "$src", "$url", "$can", "$title", "$by", "$out", "$pub", "$ret", "$body", "$text", "$hash", "$wc", "$story", "$copy", "$kind", "$share", "$read");
        var quoteInsert = Command(connection, tx,
            "INSERT INTO quotes (Kind, ArticleId, Text, Speaker, Outlet, Verified, TextHash, CreatedAt) VALUES (0, $a, $t, $s, $o, 1, $h, $c)",
            "$a", "$t", "$s", "$o", "$h", "$c");

        var span = TimeSpan.FromDays(60).Ticks;
        var written = 0;
        for (var s = 0; s < storyCount; s++)
        {
            var first = now.AddTicks(-(long)(span * random.NextDouble()));
            var headline = Sentence(random, 7, 12, capitalise: true);
            var last = first.AddMinutes(random.Next(10, 720) * Math.Min(sizes[s], 6));
            if (last > now)
            {
                last = now;
            }

            storyInsert.Parameters["$h"].Value = headline;
            storyInsert.Parameters["$k"].Value = string.Join(", ", Enumerable.Range(0, 3).Select(_ => Word(random)));
            storyInsert.Parameters["$f"].Value = first.UtcTicks;
            storyInsert.Parameters["$u"].Value = last.UtcTicks;
            storyInsert.Parameters["$c"].Value = sizes[s];
            var storyId = (long)(await storyInsert.ExecuteScalarAsync())!;

            long? originalId = null;
            string? originalText = null;
            for (var a = 0; a < sizes[s]; a++)
            {
                var outlet = random.Next(Outlets.Length);
                var at = a == 0 ? first : first.AddTicks((long)((last - first).Ticks * random.NextDouble()));
                var isCopy = originalText is not null && random.NextDouble() < 0.35;
                var paragraphs = isCopy ? originalText!.Split("\n\n") : Enumerable.Range(0, random.Next(3, 7)).Select(_ => Paragraph(random)).ToArray();
                var text = string.Join("\n\n", paragraphs);
                var blocks = paragraphs.Select(Block.Paragraph).ToList();
                var url = $"https://www.{Outlets[outlet].Replace(" ", "").ToLowerInvariant()}.example/{at:yyyy/MM/dd}/{storyId}-{a}";
                var p = articleInsert.Parameters;
                p["$src"].Value = sourceIds[outlet];
                p["$url"].Value = url;
                p["$can"].Value = "//" + url[12..];
                p["$title"].Value = a == 0 ? headline : Sentence(random, 6, 12, capitalise: true);
                p["$by"].Value = random.NextDouble() < 0.6 ? $"Reporter {random.Next(300)}" : DBNull.Value;
                p["$out"].Value = Outlets[outlet];
                p["$pub"].Value = at.UtcTicks;
                p["$ret"].Value = at.AddMinutes(random.Next(1, 30)).UtcTicks;
                p["$body"].Value = ArticleBody.Serialize(blocks);
                p["$text"].Value = text;
                p["$hash"].Value = Convert.ToHexStringLower(BitConverter.GetBytes(text.GetHashCode(StringComparison.Ordinal))) + written;
                p["$wc"].Value = ArticleBody.CountWords(blocks);
                p["$story"].Value = storyId;
                p["$copy"].Value = isCopy ? originalId! : DBNull.Value;
                p["$kind"].Value = isCopy ? 1 : 0;
                p["$share"].Value = isCopy ? 1.0 : DBNull.Value;
                p["$read"].Value = at < now.AddDays(-3) ? at.AddHours(2).UtcTicks : DBNull.Value;
                var articleId = (long)(await articleInsert.ExecuteScalarAsync())!;
                if (a == 0)
                {
                    originalId = articleId;
                    originalText = text;
                }

                if (written % 5 == 0)
                {
                    quoteInsert.Parameters["$a"].Value = articleId;
                    quoteInsert.Parameters["$t"].Value = Sentence(random, 8, 16, capitalise: true);
                    quoteInsert.Parameters["$s"].Value = $"Speaker {random.Next(500)}";
                    quoteInsert.Parameters["$o"].Value = Outlets[outlet];
                    quoteInsert.Parameters["$h"].Value = "q" + written;
                    quoteInsert.Parameters["$c"].Value = at.UtcTicks;
                    await quoteInsert.ExecuteNonQueryAsync();
                }

                written++;
            }

            if (s % 2000 == 0)
            {
                Console.Error.WriteLine($"{s} stories, {written} articles");
            }
        }

        await tx.CommitAsync();
        await Exec(connection, "PRAGMA optimize; INSERT INTO articles_fts(articles_fts) VALUES ('optimize');");
    }

    private static string Word(Random random) => Vocabulary[(int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 1.6))];

    private static string Sentence(Random random, int min, int max, bool capitalise)
    {
        var sb = new StringBuilder();
        var n = random.Next(min, max + 1);
        for (var i = 0; i < n; i++)
        {
            var w = Word(random);
            sb.Append(i == 0 ? "" : " ").Append(i == 0 && capitalise ? char.ToUpperInvariant(w[0]) + w[1..] : w);
        }

        return sb.ToString();
    }

    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(random, 10, 22, capitalise: true) + "."));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static async Task<long> Scalar(SqliteConnection connection, SqliteTransaction tx, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
