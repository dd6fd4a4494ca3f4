namespace Newsdesk.Core.Stories;

/// <summary>
/// Online document frequencies for IDF, in a fixed table of hashed buckets: memory is constant
/// whatever the vocabulary of the stream. A bucket shared by two terms only lowers the IDF of the
/// rarer one a little; with 2^20 buckets and a news vocabulary that is rare.
/// </summary>
internal sealed class DocumentFrequencies
{
    private const int Bits = 20;
    private readonly int[] _counts = new int[1 << Bits];

    public long Documents { get; private set; }

    /// <summary>Smoothed IDF: ln((N + 1) / (df + 1)) + 1, so unseen features weigh most and none weigh zero.</summary>
    public double Idf(ulong key) => Math.Log((Documents + 1.0) / (_counts[Bucket(key)] + 1.0)) + 1.0;

    public void Add(ReadOnlySpan<ulong> distinctKeys)
    {
        foreach (var key in distinctKeys)
        {
            _counts[Bucket(key)]++;
        }

        Documents++;
    }

    private static int Bucket(ulong key) => (int)(key >> (64 - Bits));
}
