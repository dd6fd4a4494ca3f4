using Microsoft.EntityFrameworkCore;
using Newsdesk.Core.Parsing.Opml;
using Newsdesk.Core.Sources;
using Newsdesk.Core.Storage;

namespace Newsdesk.Core.Pipeline;

/// <summary>
/// Sources to and from OPML, losslessly for what Newsdesk keeps: folders map to
/// <see cref="Source.Category"/> ("Korea/Defense"), titles to titles, the OPML <c>category</c>
/// attribute to tags. Imported feeds are not fetched: they are due at once, and a broken one
/// shows up in `sources list` after the first refresh like any failing source.
/// </summary>
public sealed class SourceOpml(NewsdeskDb db, TimeProvider clock)
{
    /// <summary>Separates nested folder names in <see cref="Source.Category"/>.</summary>
    public const char CategorySeparator = '/';

    private const string TagsAttribute = "category";

    public async Task<OpmlImport> ImportAsync(byte[] content, CancellationToken ct)
    {
        var read = OpmlReader.Read(content);
        if (read.Document is null)
        {
            return new OpmlImport(0, 0, [$"Not an OPML file: {read.Error}"]);
        }

        var existing = (await db.Sources.Where(s => s.Url != null).Select(s => s.Url!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var added = 0;
        var already = 0;
        var now = clock.GetUtcNow();
        foreach (var (folders, outline) in read.Document.Feeds())
        {
            var name = outline.DisplayName ?? "(untitled)";
            if (!Uri.TryCreate(outline.XmlUrl?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"Outline \"{name}\": '{outline.XmlUrl}' is not an http or https feed URL; skipped.");
                continue;
            }

            if (!existing.Add(url.ToString()))
            {
                already++;
                continue;
            }

            var category = folders.Count == 0 ? null : string.Join(CategorySeparator, folders);
            db.Sources.Add(new Source
            {
                Kind = SourceKind.Feed,
                Url = url.ToString(),
                SiteUrl = Uri.TryCreate(outline.HtmlUrl, UriKind.Absolute, out var site) ? site.ToString() : null,
                Title = Limit(outline.Title ?? outline.Text ?? url.Host, 512),
                Category = category is null ? null : Limit(category, 512),
                Tags = TagsOf(outline),
                CreatedAt = now,
                NextCheckAt = now,
            });
            added++;
        }

        await db.SaveChangesAsync(ct);
        if (read.Warning is not null)
        {
            problems.Insert(0, "The file was read despite a problem: " + read.Warning);
        }

        return new OpmlImport(added, already, problems);
    }

    public async Task<byte[]> ExportAsync(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().Where(s => s.Url != null && s.Kind != SourceKind.Outlet)
            .OrderBy(s => s.Category).ThenBy(s => s.Title).ThenBy(s => s.Id).ToListAsync(ct);
        var document = new OpmlDocument { Title = "Newsdesk sources", DateCreated = clock.GetUtcNow().ToString("r", System.Globalization.CultureInfo.InvariantCulture) };
        var folders = new Dictionary<string, OpmlOutline>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var outline = new OpmlOutline
            {
                Text = source.Title,
                Title = source.Title,
                Type = "rss",
                XmlUrl = source.Url,
                HtmlUrl = source.SiteUrl,
            };
            if (source.Tags.Count > 0)
            {
                outline.OtherAttributes.Add(new(TagsAttribute, string.Join(',', source.Tags)));
            }

            (string.IsNullOrEmpty(source.Category) ? document.Outlines : Folder(document, folders, source.Category).Children).Add(outline);
        }

        return OpmlWriter.Write(document);
    }

    private static OpmlOutline Folder(OpmlDocument document, Dictionary<string, OpmlOutline> folders, string category)
    {
        var path = "";
        List<OpmlOutline> parent = document.Outlines;
        OpmlOutline? folder = null;
        foreach (var name in category.Split(CategorySeparator))
        {
            path = path.Length == 0 ? name : path + CategorySeparator + name;
            if (!folders.TryGetValue(path, out folder))
            {
                folder = new OpmlOutline { Text = name, Title = name };
                folders[path] = folder;
                parent.Add(folder);
            }

            parent = folder.Children;
        }

        return folder!;
    }

    private static List<string> TagsOf(OpmlOutline outline) =>
        outline.OtherAttributes.Where(a => a.Key == TagsAttribute)
            .SelectMany(a => a.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => t.TrimStart('/')).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];
}
