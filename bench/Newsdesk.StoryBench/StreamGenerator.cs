using System.Text;
using Newsdesk.Core.Stories;

namespace Newsdesk.StoryBench;

/// <summary>
/// A deterministic synthetic news stream for scale runs: events with their own topic words, names,
/// numbers and year, reported in bursts of a few articles over up to two days, among background
/// vocabulary and English function words; one article in seven re-runs an earlier article of its
/// event (wire pickups). Text is pseudo-words, so quality is not measured here, only cost.
/// </summary>
internal sealed class StreamGenerator
{
    /// <summary>The stream spans this long whatever its size: 1,000,000 articles over 8 years is ~340 a day.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(8 * 365);

    private static readonly string[] Function =
    [
        "the", "of", "and", "to", "in", "a", "for", "on", "that", "with", "said", "was", "is", "by", "at", "from", "it", "as",
        "has", "have", "be", "are", "its", "after", "were", "an", "their", "he", "she", "they", "had", "this", "will", "not",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "ten", "sho", "vel", "dor", "an", "bri", "cus", "de", "fa", "gor", "hil", "is", "jun", "kel",
        "lam", "mor", "nes", "or", "pa", "qui", "ros", "sal", "tor", "ul", "ven", "wes", "yar", "zen",
    ];

    private readonly Random _random = new(20261122);
    private readonly string[] _vocabulary;
    private readonly string[] _names;
    private readonly List<Event> _active = [];
    private readonly long _count;
    private long _index;
    private int _events;

    public StreamGenerator(long count)
    {
        _count = count;
        _vocabulary = Enumerable.Range(0, 30_000).Select(_ => Word(2 + _random.Next(3))).ToArray();
        _names = Enumerable.Range(0, 20_000).Select(_ => Capital(Word(2 + _random.Next(2))) + " " + Capital(Word(2 + _random.Next(2)))).ToArray();
    }

    public (string Id, StoryDocument Document, int Event) Next()
    {
        var time = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) + Span * ((double)_index / _count);
        _index++;
        _active.RemoveAll(e => time - e.Start > TimeSpan.FromDays(2));
        Event ev;
        if (_active.Count == 0 || _random.NextDouble() < 0.3)
        {
            ev = NewEvent(time);
            _active.Add(ev);
        }
        else
        {
            ev = _active[_random.Next(_active.Count)];
        }

        string title, text;
        if (ev.Articles.Count > 0 && _random.NextDouble() < 1.0 / 7)
        {
            (title, text) = ev.Articles[_random.Next(ev.Articles.Count)];
        }
        else
        {
            title = Sentence(ev, 6 + _random.Next(5), capitalise: true).TrimEnd('.');
            var sb = new StringBuilder();
            var paragraphs = 4 + _random.Next(8);
            for (var p = 0; p < paragraphs; p++)
            {
                for (var s = 0; s < 1 + _random.Next(3); s++)
                {
                    sb.Append(Sentence(ev, 12 + _random.Next(14), capitalise: false)).Append(' ');
                }

                sb.Append("\n\n");
            }

            text = sb.ToString();
            ev.Articles.Add((title, text));
        }

        return ("s" + _index, new StoryDocument(title, text, time), ev.Id);
    }

    private Event NewEvent(DateTimeOffset time)
    {
        // Topic words are drawn with a skew so that some words recur across many events, as in news.
        var topic = Enumerable.Range(0, 15).Select(_ => _vocabulary[(int)(_vocabulary.Length * Math.Pow(_random.NextDouble(), 1.5))]).ToArray();
        var names = Enumerable.Range(0, 3).Select(_ => _names[_random.Next(_names.Length)]).ToArray();
        var numbers = new[] { _random.Next(2, 500).ToString(System.Globalization.CultureInfo.InvariantCulture), (2000 + _random.Next(26)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return new Event(++_events, time, topic, names, numbers);
    }

    private string Sentence(Event ev, int words, bool capitalise)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var r = _random.NextDouble();
            var word = r < 0.4 ? Function[_random.Next(Function.Length)]
                : r < 0.72 ? ev.Topic[_random.Next(ev.Topic.Length)]
                : r < 0.8 ? ev.Names[_random.Next(ev.Names.Length)]
                : r < 0.83 ? ev.Numbers[_random.Next(ev.Numbers.Length)]
                : _vocabulary[_random.Next(_vocabulary.Length)];
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(i == 0 || capitalise ? Capital(word) : word);
        }

        return sb.Append('.').ToString();
    }

    private string Word(int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Syllables[_random.Next(Syllables.Length)]);
        }

        return sb.ToString();
    }

    private static string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private sealed record Event(int Id, DateTimeOffset Start, string[] Topic, string[] Names, string[] Numbers)
    {
        public List<(string Title, string Text)> Articles { get; } = [];
    }
}
