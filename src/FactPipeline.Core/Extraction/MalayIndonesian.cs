using System.Collections.Frozen;
using System.Text.Json;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Tells Malaysian Malay from Indonesian by the words each side uses and the other does not ("kerajaan",
/// "peratus", "RM" against "pemerintah", "persen", "Rp"), from malay-indonesian.markers.json. Needed because
/// n-gram models trained on web text mix the two: Lingua gives plain Indonesian prose a high Malay score.
/// </summary>
internal static class MalayIndonesian
{
    private const int MaxWordChars = 24;

    private static readonly (FrozenSet<string> Malay, FrozenSet<string> Indonesian) Markers = Load();

    /// <summary>Malay marker words minus Indonesian marker words in <paramref name="text"/>: above 0 leans Malay, below 0 Indonesian.</summary>
    public static int Lean(string text)
    {
        var malay = Markers.Malay.GetAlternateLookup<ReadOnlySpan<char>>();
        var indonesian = Markers.Indonesian.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWordChars];
        var lean = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                if (i - start <= MaxWordChars)
                {
                    var word = lower[..text.AsSpan(start, i - start).ToLowerInvariant(lower)];
                    lean += malay.Contains(word) ? 1 : indonesian.Contains(word) ? -1 : 0;
                }
                start = -1;
            }
        }
        return lean;
    }

    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        using var stream = typeof(MalayIndonesian).Assembly.GetManifestResourceStream("malay-indonesian.markers.json")
            ?? throw new InvalidOperationException("malay-indonesian.markers.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        FrozenSet<string> Read(string name) =>
            json.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal);
        return (Read("ms"), Read("id"));
    }
}
