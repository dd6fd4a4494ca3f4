namespace Newsdesk.Core.Dedup;

/// <summary>
/// MinHash of an article's word 4-shingles, with LSH bands to find likely copies without comparing
/// against every article. 16 bands of 3 rows: two texts sharing half their shingles meet in a band
/// with probability 0.88, a quarter 0.22, a tenth 0.02 (1 - (1 - J^3)^16).
/// </summary>
public static class MinHashSketch
{
    public const int ShingleWords = 4;
    public const int Bands = 16;
    public const int Rows = 3;
    public const int Size = Bands * Rows;

    private static readonly ulong[] Seeds = Enumerable.Range(1, Size).Select(i => StableHash.Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    public static ulong[] Compute(IReadOnlyList<string> words)
    {
        var min = new ulong[Size];
        Array.Fill(min, ulong.MaxValue);
        if (words.Count == 0)
        {
            return min;
        }

        var wordHashes = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            wordHashes[i] = StableHash.Of('w', words[i]);
        }

        var shingles = Math.Max(1, words.Count - ShingleWords + 1);
        for (var i = 0; i < shingles; i++)
        {
            var h = wordHashes[i];
            for (var j = 1; j < ShingleWords && i + j < wordHashes.Length; j++)
            {
                h = StableHash.Combine(h, wordHashes[i + j]);
            }

            for (var k = 0; k < Size; k++)
            {
                var v = StableHash.Mix(h ^ Seeds[k]);
                if (v < min[k])
                {
                    min[k] = v;
                }
            }
        }

        return min;
    }

    /// <summary>The LSH key of each band.</summary>
    public static ulong[] BandKeys(ulong[] minHash)
    {
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = (ulong)b + 1;
            for (var r = 0; r < Rows; r++)
            {
                h = StableHash.Combine(h, minHash[b * Rows + r]);
            }

            keys[b] = h;
        }

        return keys;
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i] && a[i] != ulong.MaxValue)
            {
                same++;
            }
        }

        return (double)same / Size;
    }
}
