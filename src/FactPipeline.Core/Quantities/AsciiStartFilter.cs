namespace FactPipeline.Core.Quantities;

/// <summary>
/// Which of a list's surfaces may start at a place of a text, told by the first two characters when they are ASCII:
/// most places of prose start none of them, and comparing each surface there costs more than asking this first. Made
/// for comparisons that ignore case (<see cref="StringComparison.OrdinalIgnoreCase"/>): built by asking that very
/// comparison of every ASCII character, so it never turns away a place where a surface matches.
/// </summary>
internal sealed class AsciiStartFilter
{
    private const int Ascii = 128;
    private readonly bool[] _first = new bool[Ascii];
    private readonly bool[] _whole = new bool[Ascii];
    private readonly bool[] _pair = new bool[Ascii * Ascii];

    public AsciiStartFilter(IEnumerable<string> surfaces)
    {
        foreach (var surface in surfaces)
        {
            for (var a = 0; a < Ascii; a++)
            {
                if (!SameIgnoringCase((char)a, surface[0]))
                {
                    continue;
                }
                _first[a] = true;
                if (surface.Length == 1)
                {
                    _whole[a] = true;
                    continue;
                }
                for (var b = 0; b < Ascii; b++)
                {
                    if (SameIgnoringCase((char)b, surface[1]))
                    {
                        _pair[a * Ascii + b] = true;
                    }
                }
            }
        }
    }

    /// <summary>False only where no surface can start at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public bool MayStartAt(string text, int index)
    {
        if (index < 0 || index >= text.Length)
        {
            return false;
        }
        var first = text[index];
        if (first >= Ascii)
        {
            return true;
        }
        if (!_first[first])
        {
            return false;
        }
        if (_whole[first])
        {
            return true;
        }
        if (index + 1 >= text.Length)
        {
            return false;
        }
        var second = text[index + 1];
        return second >= Ascii || _pair[first * Ascii + second];
    }

    private static bool SameIgnoringCase(char a, char b) =>
        new ReadOnlySpan<char>(in a).Equals(new ReadOnlySpan<char>(in b), StringComparison.OrdinalIgnoreCase);
}
