namespace FactPipeline.Core.Quantities;

/// <summary>
/// Scientific and power notation written right after a digit number: "1e10", "-12e-1", "12.32e+14", "1.3x10^6",
/// "6.23x10^-4", "1.1^23", "2.5^-1". The exponent must be glued to the number, so "5G", "A100" and "x2" stay what they are.
/// </summary>
internal static class MathNotation
{
    /// <summary>Largest exponent magnitude read (decimal holds about 28 significant digits).</summary>
    private const int MaxExponent = 28;

    public static bool TryExtend(string text, in ParsedNumber number, out ParsedNumber extended)
    {
        extended = number;
        if (number.IsSpelled)
        {
            return false;
        }

        var p = number.End;
        var c = TextChars.CharAt(text, p);
        bool power;
        if (c is 'e' or 'E')
        {
            power = false;
            p++;
        }
        else if (c is 'x' or '×' && TextChars.At(text, p + 1, '1') && TextChars.At(text, p + 2, '0') && TextChars.At(text, p + 3, '^'))
        {
            power = false;
            p += 4;
        }
        else if (c == '^')
        {
            power = true;
            p++;
        }
        else
        {
            return false;
        }

        // Signs: "e+14", "^-1", "^--23" (a double minus is a plus).
        var negative = false;
        var signs = 0;
        while (p < text.Length && text[p] is '+' or '-' or '\u2212' && signs < 2)
        {
            negative ^= text[p] != '+';
            p++;
            signs++;
        }

        var digitsEnd = DigitNumberParser.DigitsEnd(text, p);
        if (digitsEnd == p || digitsEnd - p > 2 || TextChars.IsWordLetter(TextChars.CharAt(text, digitsEnd))
            || (TextChars.CharAt(text, digitsEnd) is '.' or ',' && TextChars.IsAsciiDigit(TextChars.CharAt(text, digitsEnd + 1))))
        {
            return false;
        }

        var exponent = (int)DigitNumberParser.ParseDigits(text.AsSpan(p, digitsEnd - p));
        if (exponent > MaxExponent)
        {
            return false;
        }

        if (negative)
        {
            exponent = -exponent;
        }

        decimal value;
        decimal step;
        try
        {
            if (power)
            {
                value = Power(number.Value, exponent);
                step = number.Step == 1 && exponent >= 0 ? 1 : 0;
            }
            else
            {
                value = number.Value * TextChars.Pow10(exponent);
                step = number.Step * TextChars.Pow10(exponent);
            }
        }
        catch (OverflowException)
        {
            return false;
        }
        catch (DivideByZeroException)
        {
            return false;
        }

        if (step == 0)
        {
            step = StepOf(value);
        }

        extended = number with { End = digitsEnd, Value = value, Step = step, IsPlainInteger = false };
        return true;
    }

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= value;
        }

        return exponent < 0 ? 1m / result : result;
    }

    /// <summary>A computed power has no written last digit: use the place value of its 15th significant digit.</summary>
    private static decimal StepOf(decimal value)
    {
        if (value == 0)
        {
            return 1;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return TextChars.Pow10(Math.Max(magnitude - 14, -27));
    }
}
