using System.Collections.Concurrent;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// A pure function over a long sequence (millions of candidate pairs), computed on every core in batches and
/// handed back in the sequence's order: the same results as a plain loop, in less time when cores are free.
/// </summary>
internal static class InOrderParallel
{
    private const int BatchSize = 1 << 16;
    // Below this many items a batch is computed on the calling thread: starting workers would cost more.
    private const int MinParallel = 4096;
    private const int RangeSize = 1024;

    public static IEnumerable<(T Item, TResult Result)> Select<T, TResult>(IEnumerable<T> items, Func<T, TResult> selector)
    {
        var batch = new T[BatchSize];
        var results = new TResult[BatchSize];
        using var enumerator = items.GetEnumerator();
        var more = true;
        while (more)
        {
            var count = 0;
            while (count < BatchSize && (more = enumerator.MoveNext()))
            {
                batch[count++] = enumerator.Current;
            }
            if (count < MinParallel)
            {
                for (var k = 0; k < count; k++)
                {
                    results[k] = selector(batch[k]);
                }
            }
            else
            {
                Parallel.ForEach(Partitioner.Create(0, count, RangeSize), range =>
                {
                    for (var k = range.Item1; k < range.Item2; k++)
                    {
                        results[k] = selector(batch[k]);
                    }
                });
            }
            for (var k = 0; k < count; k++)
            {
                yield return (batch[k], results[k]);
            }
        }
    }
}
