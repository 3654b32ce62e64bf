using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// The possible pairs that become questions: taken in order (closest figures first), a pair whose claims are both
/// still free is asked, so each claim is asked about once at most, with its closest figure. That greedy pass over
/// millions of possible pairs needs only a few pairs per claim: the ones taken and the ones that beat them.
/// </summary>
/// <remarks>
/// <para>Each claim keeps its <see cref="Kept"/> closest pairs (by an approximate distance; near ties are all kept),
/// and the greedy pass runs over the pairs some claim keeps, in the exact order. A pair no claim keeps could only be
/// taken if one of its claims is still free when it comes, so that claim is left unasked, or asked with a pair beyond
/// its kept closest ones. When no claim with pairs left out ends like that, the pass took exactly what a pass over
/// every pair takes (the first pair where two passes differ would be such a left-out pair); otherwise the claims that
/// did get every pair of theirs back, and the pass runs again.</para>
/// <para>The approximate distance is a double, within a few units in the last place of the exact one; a relative
/// margin far above that keeps every pair that could be closer than a kept one.</para>
/// </remarks>
internal static class ClosestQuestions
{
    // Enough for most claims to be asked with one of their kept pairs (the rest get all theirs back and the pass reruns).
    private const int Kept = 8;

    // Far above the relative error of the approximate distance (a few units in 2^-53).
    private const double Margin = 1e-9;

    /// <param name="idRanks">Per claim, its place in the order of claim ids (the order's tie-break).</param>
    /// <param name="inOrder">The positions of a list of pairs in their exact order: distance, then the left and right
    /// claim's id rank, then position.</param>
    /// <returns>The pairs asked, in the order taken.</returns>
    public static List<CrossChecker.Candidate> Pick(Claim[] claims, int[] idRanks, List<CrossChecker.Candidate> pairs, Func<IReadOnlyList<CrossChecker.Candidate>, IEnumerable<int>> inOrder)
    {
        if (pairs.Count == 0)
        {
            return [];
        }
        var approx = Approximate(claims, pairs);
        var (starts, incident) = Incidence(claims.Length, pairs);
        // Per claim, the approximate distance of its Kept-th closest pair (infinity: all its pairs are kept).
        var threshold = new double[claims.Length];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, claims.Length), range =>
        {
            var heap = new double[Kept];
            for (var u = range.Item1; u < range.Item2; u++)
            {
                threshold[u] = starts[u + 1] - starts[u] > Kept ? KthSmallest(approx, incident, starts[u], starts[u + 1], heap) : double.PositiveInfinity;
            }
        });
        var included = new bool[pairs.Count];
        var kept = new List<int>();
        for (var k = 0; k < pairs.Count; k++)
        {
            if (Within(approx[k], threshold[pairs[k].Left]) || Within(approx[k], threshold[pairs[k].Right]))
            {
                included[k] = true;
                kept.Add(k);
            }
        }
        // The kept pairs' positions (in pairs) in the exact order; their own order is the order of their positions.
        var order = inOrder(kept.ConvertAll(k => pairs[k])).Select(at => kept[at]).ToList();
        // Per claim, the position of the pair it was asked with, or -1.
        var askedWith = new int[claims.Length];
        // Whether a claim is asked with none of its closest pairs (nor has all its pairs kept).
        bool Unsure(int u) => !double.IsPositiveInfinity(threshold[u]) && (askedWith[u] < 0 || approx[askedWith[u]] > threshold[u]);
        int Compare(int x, int y)
        {
            var (px, py) = (pairs[x], pairs[y]);
            if (!Close(approx[x], approx[y]))
            {
                return approx[x] < approx[y] ? -1 : 1;
            }
            var order = Distance(claims, px).CompareTo(Distance(claims, py));
            return order != 0 ? order
                : idRanks[px.Left] != idRanks[py.Left] ? idRanks[px.Left].CompareTo(idRanks[py.Left])
                : idRanks[px.Right] != idRanks[py.Right] ? idRanks[px.Right].CompareTo(idRanks[py.Right])
                : x.CompareTo(y);
        }
        while (true)
        {
            Array.Fill(askedWith, -1);
            var asked = new List<CrossChecker.Candidate>();
            foreach (var k in order)
            {
                var pair = pairs[k];
                if (askedWith[pair.Left] < 0 && askedWith[pair.Right] < 0)
                {
                    asked.Add(pair);
                    askedWith[pair.Left] = askedWith[pair.Right] = k;
                }
            }
            // A pair left out can only be taken when both its claims are still free as it comes, so neither is asked
            // with one of its closest pairs (those come before it). Such pairs come back, and the pass runs again.
            var back = new List<int>();
            for (var u = 0; u < claims.Length; u++)
            {
                if (!Unsure(u))
                {
                    continue;
                }
                for (var e = starts[u]; e < starts[u + 1]; e++)
                {
                    var k = incident[e];
                    if (!included[k] && Unsure(pairs[k].Left == u ? pairs[k].Right : pairs[k].Left))
                    {
                        included[k] = true;
                        back.Add(k);
                    }
                }
            }
            if (back.Count == 0)
            {
                return asked;
            }
            back.Sort(Compare);
            order = Merge(order, back, Compare);
        }
    }

    /// <summary>A sorted list with a few more items (sorted too) put in their places, each found by a binary search.</summary>
    private static List<int> Merge(List<int> sorted, List<int> more, Comparison<int> compare)
    {
        var merged = new List<int>(sorted.Count + more.Count);
        var from = 0;
        foreach (var item in more)
        {
            var (low, high) = (from, sorted.Count);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = compare(sorted[middle], item) <= 0 ? (middle + 1, high) : (low, middle);
            }
            merged.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted)[from..low]);
            merged.Add(item);
            from = low;
        }
        merged.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sorted)[from..]);
        return merged;
    }

    private static bool Close(double x, double y) => Math.Abs(x - y) <= Margin * Math.Max(Math.Abs(x), Math.Abs(y));

    /// <summary>The exact distance of a pair's figures (<see cref="CrossChecker"/>).</summary>
    private static decimal Distance(Claim[] claims, CrossChecker.Candidate pair)
    {
        var (a, b) = (claims[pair.Left].Value.Amount, claims[pair.Right].Value.Amount);
        var (min, max) = a < b ? (a, b) : (b, a);
        return min > 0 ? max / min : max - min;
    }

    /// <summary>Whether a pair this far is kept by a claim whose Kept-th closest pair is at <paramref name="threshold"/>.</summary>
    private static bool Within(double distance, double threshold) => distance <= threshold + threshold * Margin;

    /// <summary>
    /// Per pair, its distance (<see cref="CrossChecker"/>: the larger figure over the smaller, or their difference when
    /// the smaller is not positive) as a double, within a few units in the last place.
    /// </summary>
    private static double[] Approximate(Claim[] claims, List<CrossChecker.Candidate> pairs)
    {
        var amounts = new double[claims.Length];
        var positive = new bool[claims.Length];
        for (var i = 0; i < claims.Length; i++)
        {
            (amounts[i], positive[i]) = ((double)claims[i].Value.Amount, claims[i].Value.Amount > 0);
        }
        var approx = new double[pairs.Count];
        for (var k = 0; k < pairs.Count; k++)
        {
            var (l, r) = (pairs[k].Left, pairs[k].Right);
            if (positive[l] && positive[r])
            {
                approx[k] = amounts[l] < amounts[r] ? amounts[r] / amounts[l] : amounts[l] / amounts[r];
            }
            else
            {
                // A difference of doubles may lose every digit: the exact one, converted.
                var (a, b) = (claims[l].Value.Amount, claims[r].Value.Amount);
                approx[k] = (double)(decimal.Max(a, b) - decimal.Min(a, b));
            }
        }
        return approx;
    }

    /// <summary>Per claim, the positions of its pairs: those of claim u are incident[starts[u]..starts[u + 1]).</summary>
    private static (int[] Starts, int[] Incident) Incidence(int count, List<CrossChecker.Candidate> pairs)
    {
        var starts = new int[count + 1];
        foreach (var pair in pairs)
        {
            starts[pair.Left + 1]++;
            starts[pair.Right + 1]++;
        }
        for (var u = 0; u < count; u++)
        {
            starts[u + 1] += starts[u];
        }
        var next = starts[..count];
        var incident = new int[starts[count]];
        for (var k = 0; k < pairs.Count; k++)
        {
            incident[next[pairs[k].Left]++] = k;
            incident[next[pairs[k].Right]++] = k;
        }
        return (starts, incident);
    }

    /// <summary>The Kept-th smallest approximate distance of the pairs incident[from..to) (more than Kept of them).</summary>
    private static double KthSmallest(double[] approx, int[] incident, int from, int to, double[] heap)
    {
        // A max-heap of the Kept smallest so far: its top is the Kept-th smallest.
        var size = 0;
        for (var e = from; e < to; e++)
        {
            var d = approx[incident[e]];
            if (size < heap.Length)
            {
                heap[size] = d;
                for (var c = size++; c > 0 && heap[(c - 1) / 2] < heap[c]; c = (c - 1) / 2)
                {
                    (heap[(c - 1) / 2], heap[c]) = (heap[c], heap[(c - 1) / 2]);
                }
            }
            else if (d < heap[0])
            {
                heap[0] = d;
                for (var p = 0; ;)
                {
                    var (l, r, top) = (2 * p + 1, 2 * p + 2, p);
                    top = l < size && heap[l] > heap[top] ? l : top;
                    top = r < size && heap[r] > heap[top] ? r : top;
                    if (top == p)
                    {
                        break;
                    }
                    (heap[p], heap[top]) = (heap[top], heap[p]);
                    p = top;
                }
            }
        }
        return heap[0];
    }
}
