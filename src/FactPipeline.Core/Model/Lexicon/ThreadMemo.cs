namespace FactPipeline.Core.Model.Lexicon;

/// <summary>
/// Per-thread memos for text work the claim readers repeat: a sentence asked about once per figure, a name folded in
/// every sentence of its article. The callers keep the memo in a <c>[ThreadStatic]</c> field of their own and pass it
/// by reference, so each memo serves one function and nothing is shared across threads.
/// </summary>
internal static class ThreadMemo
{
    /// <summary>
    /// <paramref name="compute"/> of <paramref name="text"/>, reused when <paramref name="text"/> is the very string
    /// (same reference) this memo last saw on this thread.
    /// </summary>
    public static T Last<T>(ref (string Text, T Value)? last, string text, Func<string, T> compute)
    {
        if (last is { } known && ReferenceEquals(known.Text, text))
        {
            return known.Value;
        }
        var value = compute(text);
        last = (text, value);
        return value;
    }

    /// <summary>
    /// <paramref name="compute"/> of <paramref name="key"/>, kept in a dictionary of this thread's that is cleared when it
    /// holds <paramref name="capacity"/> entries (a long run keeps no more than that).
    /// </summary>
    public static string Kept(ref Dictionary<string, string>? memo, string key, Func<string, string> compute, int capacity)
    {
        memo ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (memo.TryGetValue(key, out var value))
        {
            return value;
        }
        if (memo.Count >= capacity)
        {
            memo.Clear();
        }
        return memo[key] = compute(key);
    }
}
