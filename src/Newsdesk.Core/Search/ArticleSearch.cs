using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Articles;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Search;

/// <summary>
/// Full-text search over every stored article: SQLite FTS5 ("articles_fts") or PostgreSQL
/// text search ("article_search"), both kept up to date by triggers from the search migration.
/// </summary>
public sealed class ArticleSearch(NewsdeskDb db)
{
    /// <summary>How many of the newest matches relevance ranking considers (see SqliteSql).</summary>
    public const int RelevanceWindow = 1000;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        var terms = query.Terms();
        var limit = Math.Clamp(query.Limit, 1, 200);
        var offset = Math.Max(query.Offset, 0);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            if (db.IsSqlite)
            {
                var match = SearchTerm.ToFts5(terms);
                if (match is null)
                {
                    return terms.Count == 0 ? SearchResults.Empty : new SearchResults([], false, "Add at least one word to look for; '-' only excludes.");
                }

                if (query.Outlet is not null && SearchTerm.Words(query.Outlet) is { Count: > 0 } outletWords)
                {
                    // Narrow inside the index first; the exact-name filter below then checks few rows.
                    match = $"{{Outlet}} : \"{string.Join(' ', outletWords)}\" AND ({match})";
                }

                command.CommandText = SqliteSql(query);
                Add(command, "@match", match);
            }
            else
            {
                var web = SearchTerm.ToWebSearch(terms);
                if (web is null)
                {
                    return terms.Count == 0 ? SearchResults.Empty : new SearchResults([], false, "Add at least one word to look for; '-' only excludes.");
                }

                command.CommandText = PostgresSql(query);
                Add(command, "@q", web);
            }

            if (query.Outlet is not null)
            {
                Add(command, "@outlet", query.Outlet.Trim().ToLowerInvariant());
            }

            if (!string.IsNullOrWhiteSpace(query.Entity))
            {
                Add(command, "@entity", query.Entity.Trim().ToLowerInvariant());
                Add(command, "@entityKey", Entities.BeatGlossary.KeyOf(query.Entity));
            }

            if (query.From is { } from)
            {
                AddTime(command, "@from", new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }

            if (query.To is { } to)
            {
                AddTime(command, "@to", new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }

            Add(command, "@limit", limit + 1);
            Add(command, "@offset", offset);
            var hits = new List<SearchHit>(limit + 1);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    hits.Add(new SearchHit(
                        reader.GetInt64(0),
                        reader.IsDBNull(1) ? null : reader.GetInt64(1),
                        reader.GetString(2),
                        reader.IsDBNull(3) ? "" : reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5),
                        ReadTime(reader, 6),
                        reader.IsDBNull(7) ? null : reader.GetString(7)));
                }
            }

            // The reader is closed: the copies' outlets are read on the same connection.
            var more = hits.Count > limit;
            var page = more ? hits[..limit] : hits;
            return new SearchResults(Collapses(query) ? await WithCopiesAsync(page, ct) : page, more);
        }
        catch (DbException e) when (IsSyntaxError(e))
        {
            return new SearchResults([], false, "The search could not be understood; try plain words and \"quoted phrases\".");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static bool Collapses(SearchQuery q) => !q.Copies && q.Outlet is null;

    /// <summary>The outlets of each hit's copies, in order of publication.</summary>
    private async Task<IReadOnlyList<SearchHit>> WithCopiesAsync(IReadOnlyList<SearchHit> hits, CancellationToken ct)
    {
        var ids = hits.Select(h => (long?)h.ArticleId).ToList();
        var copies = (await db.Articles.AsNoTracking().Where(a => ids.Contains(a.CopyOfId))
                .Select(a => new { Of = a.CopyOfId!.Value, a.Outlet, Time = a.PublishedAt ?? a.RetrievedAt, a.Id }).ToListAsync(ct))
            .OrderBy(c => c.Time).ThenBy(c => c.Id)
            .GroupBy(c => c.Of)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Outlet ?? "unknown outlet").Distinct(StringComparer.Ordinal).ToList());
        return hits.Select(h => copies.TryGetValue(h.ArticleId, out var outlets) ? h with { AlsoCarriedBy = outlets } : h).ToList();
    }

    private static string Filters(SearchQuery q, string a = "a") =>
        (q.Outlet is not null ? $" AND lower({a}.\"Outlet\") = @outlet" : "")
        + (!string.IsNullOrWhiteSpace(q.Entity)
            ? $" AND {a}.\"Id\" IN (SELECT e.\"ArticleId\" FROM article_entities e WHERE e.\"Key\" = @entityKey OR lower(e.\"Name\") = @entity)"
            : "")
        + (q.From is not null ? $" AND coalesce({a}.\"PublishedAt\", {a}.\"RetrievedAt\") >= @from" : "")
        + (q.To is not null ? $" AND coalesce({a}.\"PublishedAt\", {a}.\"RetrievedAt\") < @to" : "");

    /// <summary>
    /// Leaves out a copy whose original is a result too (it is named under the original instead). A
    /// verbatim copy matches exactly when its original does (same headline, same text), so without
    /// date or entity filters it needs no second look at the index; other copies do.
    /// </summary>
    private static string Collapse(SearchQuery q, string originalMatches) => Collapses(q)
        ? $"""

           AND NOT (a."CopyOfId" IS NOT NULL AND ({(q.From is null && q.To is null && string.IsNullOrWhiteSpace(q.Entity) ? $"a.\"CopyKind\" = {(int)CopyKind.Verbatim} OR " : "")}EXISTS (
                {originalMatches}{Filters(q, "o")})))
           """
        : "";

    private static string SqliteCollapse(SearchQuery q) =>
        Collapse(q, """SELECT 1 FROM articles_fts c JOIN articles o ON o."Id" = c.rowid WHERE c.rowid = a."CopyOfId" AND c.articles_fts MATCH @match""");

    private static string PostgresCollapse(SearchQuery q) =>
        Collapse(q, """SELECT 1 FROM article_search c JOIN articles o ON o."Id" = c."ArticleId" WHERE c."ArticleId" = a."CopyOfId" AND c."Vector" @@ query.q""");

    // 1. Newest: the index walks matches in rowid order (arrival order) and stops at the LIMIT.
    // 2. Relevance: bm25 must score every match it orders, which for a common word is most of the
    //    store (a 67,000-match word took 230 ms at 100,000 articles). So it ranks the newest
    //    RelevanceWindow matches (those passing the filters): a news desk wants recent first anyway.
    // snippet()/highlight() run only on the rows the LIMIT keeps.
    private static string SqliteSql(SearchQuery q) => q.Order == SearchOrder.Newest
        ? $"""
          SELECT a."Id", a."StoryId",
                 highlight(articles_fts, 0, char(2), char(3)),
                 snippet(articles_fts, 1, char(2), char(3), '…', 28),
                 a."Outlet", a."Byline", coalesce(a."PublishedAt", a."RetrievedAt"), a."Url"
          FROM articles_fts JOIN articles a ON a."Id" = articles_fts.rowid
          WHERE articles_fts MATCH @match{Filters(q)}{SqliteCollapse(q)}
          ORDER BY articles_fts.rowid DESC
          LIMIT @limit OFFSET @offset
          """
        : $"""
          SELECT a."Id", a."StoryId",
                 highlight(articles_fts, 0, char(2), char(3)),
                 snippet(articles_fts, 1, char(2), char(3), '…', 28),
                 a."Outlet", a."Byline", coalesce(a."PublishedAt", a."RetrievedAt"), a."Url"
          FROM articles_fts JOIN articles a ON a."Id" = articles_fts.rowid
          WHERE articles_fts MATCH @match{Filters(q)}{SqliteCollapse(q)}
            AND articles_fts.rowid >= coalesce((
                SELECT f.rowid FROM articles_fts f JOIN articles a ON a."Id" = f.rowid
                WHERE f.articles_fts MATCH @match{Filters(q)}{SqliteCollapse(q)}
                ORDER BY f.rowid DESC LIMIT 1 OFFSET {RelevanceWindow - 1}), 0)
          ORDER BY articles_fts.rank
          LIMIT @limit OFFSET @offset
          """;

    // ts_headline is expensive, so it runs on the page of ids the inner query picked.
    private static string PostgresSql(SearchQuery q) => $"""
        WITH query AS (SELECT websearch_to_tsquery('english', @q) AS q),
        recent AS (
            SELECT a."Id", s."Vector", coalesce(a."PublishedAt", a."RetrievedAt") AS t
            FROM article_search s JOIN articles a ON a."Id" = s."ArticleId", query
            WHERE s."Vector" @@ query.q{Filters(q)}{PostgresCollapse(q)}
            ORDER BY a."Id" DESC
            LIMIT {(q.Order == SearchOrder.Newest ? "@limit + @offset" : RelevanceWindow.ToString(System.Globalization.CultureInfo.InvariantCulture))}),
        page AS (
            SELECT recent."Id", ts_rank_cd(recent."Vector", query.q) AS rank, recent.t
            FROM recent, query
            ORDER BY {(q.Order == SearchOrder.Newest ? "recent.\"Id\" DESC" : "rank DESC")}
            LIMIT @limit OFFSET @offset)
        SELECT a."Id", a."StoryId",
               ts_headline('english', a."Title", query.q, format('StartSel=%s, StopSel=%s, HighlightAll=true', chr(2), chr(3))),
               ts_headline('english', a."Text", query.q, format('StartSel=%s, StopSel=%s, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "', chr(2), chr(3))),
               a."Outlet", a."Byline", page.t, a."Url"
        FROM page JOIN articles a ON a."Id" = page."Id", query
        ORDER BY {(q.Order == SearchOrder.Newest ? "page.\"Id\" DESC" : "page.rank DESC")}
        """;

    private void AddTime(DbCommand command, string name, DateTimeOffset value)
    {
        if (db.IsSqlite)
        {
            Add(command, name, value.UtcTicks);
        }
        else
        {
            Add(command, name, value);
        }
    }

    private DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        db.IsSqlite
            ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero)
            : reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }

    private static bool IsSyntaxError(DbException e) =>
        e.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("syntax error", StringComparison.OrdinalIgnoreCase);
}
