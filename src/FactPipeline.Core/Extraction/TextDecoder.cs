using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Turns raw bytes into text. Order of evidence: byte-order mark; charset declared by the transport;
/// &lt;meta charset&gt; in the first 2 KB of HTML; strict UTF-8; then a plausibility contest between the
/// legacy encodings Korean, Chinese, Japanese, Vietnamese and Western sites still use.
/// </summary>
internal static partial class TextDecoder
{
    public const string BinaryProblem = "binary file, not text";

    private const int MetaScanBytes = 2048;
    private const int BinaryScanBytes = 64 * 1024;
    private const double MaxControlShare = 0.05;
    private const double MaxNulShare = 0.01;
    // Below this, no candidate is convincing and Windows-1252 (which decodes anything) is the fallback.
    private const double MinPlausibility = 0.3;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly (string Name, int CodePage, Func<string, double> Score)[] Candidates =
    [
        ("cp949", 949, EncodingPlausibility.Korean),
        ("gb18030", 54936, EncodingPlausibility.Chinese),
        ("shift_jis", 932, EncodingPlausibility.Japanese),
        ("windows-1258", 1258, EncodingPlausibility.Vietnamese),
        ("windows-1252", 1252, EncodingPlausibility.Western),
    ];

    public static DecodedText Decode(byte[] bytes, string? declaredCharset, bool isHtml)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (DecodeWithBom(bytes) is { } withBom)
        {
            return withBom;
        }
        if (LooksBinary(bytes))
        {
            return DecodedText.Fail(BinaryProblem);
        }
        if (TryDeclared(bytes, declaredCharset) is { } declared)
        {
            return declared;
        }
        if (isHtml && TryDeclared(bytes, FindMetaCharset(bytes)) is { } fromMeta)
        {
            return fromMeta;
        }
        if (TryStrict(StrictUtf8, bytes) is { } utf8)
        {
            return DecodedText.Ok(utf8, "utf-8");
        }
        return Detect(bytes);
    }

    private static DecodedText? DecodeWithBom(byte[] bytes)
    {
        Encoding? encoding = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
            [0xFF, 0xFE, 0x00, 0x00, ..] => Encoding.UTF32,
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
        if (encoding is null)
        {
            return null;
        }
        var preamble = encoding.GetPreamble().Length;
        return DecodedText.Ok(Normalize(encoding.GetString(bytes, preamble, bytes.Length - preamble)), encoding.WebName);
    }

    /// <summary>
    /// Judged by proportion, never by one byte: binary formats are full of control bytes (a tenth of random
    /// bytes are) and NULs (UTF-16 text without a BOM is half NUL), while a page with a few stray NULs from a
    /// broken template or a truncated copy is still text.
    /// </summary>
    internal static bool LooksBinary(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, BinaryScanBytes);
        var controls = 0;
        var nuls = 0;
        for (var i = 0; i < length; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                nuls++;
            }
            else if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                controls++;
            }
        }
        return length > 0 && ((double)(controls + nuls) / length > MaxControlShare || (double)nuls / length > MaxNulShare);
    }

    private static DecodedText? TryDeclared(byte[] bytes, string? charset)
    {
        var encoding = ResolveCharset(charset);
        if (encoding is null)
        {
            return null;
        }
        if (encoding.CodePage == 1252 && !IsAscii(bytes) && TryStrict(StrictUtf8, bytes) is { } utf8)
        {
            // Servers and templates often claim Latin-1 for UTF-8 pages; valid multi-byte UTF-8 is not an accident.
            return DecodedText.Ok(utf8, "utf-8");
        }
        // A wrong declaration that produces invalid sequences is ignored rather than trusted.
        return TryStrict(Strict(encoding.CodePage), bytes) is { } text ? DecodedText.Ok(text, encoding.WebName) : null;
    }

    /// <summary>Maps a charset label to the encoding browsers actually use for it (WHATWG Encoding Standard).</summary>
    internal static Encoding? ResolveCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }
        var label = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        var codePage = label switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" => 65001,
            "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" => 1252,
            "euc-kr" or "ks_c_5601-1987" or "cp949" or "windows-949" or "korean" => 949,
            "gb2312" or "gbk" or "gb18030" or "cp936" or "x-gbk" => 54936,
            "shift_jis" or "shift-jis" or "sjis" or "windows-31j" or "cp932" => 932,
            "windows-1258" or "cp1258" => 1258,
            // The HTML spec treats a UTF-16 meta declaration in an ASCII-compatible document as UTF-8.
            "utf-16" or "utf-16le" or "utf-16be" => 65001,
            _ => -1,
        };
        try
        {
            return codePage > 0 ? KnownEncodings.GetOrAdd(codePage, Encoding.GetEncoding) : Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static string? FindMetaCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, MetaScanBytes));
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static DecodedText Detect(byte[] bytes)
    {
        string? bestText = null;
        string? bestName = null;
        var bestScore = double.MinValue;
        foreach (var (name, codePage, score) in Candidates)
        {
            if (TryStrict(Strict(codePage), bytes) is not { } text)
            {
                continue;
            }
            var value = score(text);
            if (value > bestScore)
            {
                (bestText, bestName, bestScore) = (text, name, value);
            }
        }
        if (bestText is null || bestScore < MinPlausibility)
        {
            return DecodedText.Ok(Normalize(Encoding.GetEncoding(1252).GetString(bytes)), "windows-1252");
        }
        return DecodedText.Ok(bestText, bestName!);
    }

    // Encodings by code page, looked up once: Encoding.GetEncoding asks the code-pages provider first, under its lock,
    // even for UTF-8, and a strict copy (exception fallbacks) is a new object at every call. A handful of code pages.
    private static readonly ConcurrentDictionary<int, Encoding> KnownEncodings = new();
    private static readonly ConcurrentDictionary<int, Encoding> StrictEncodings = new();

    /// <summary>The encoding of <paramref name="codePage"/> that throws on bytes it cannot decode.</summary>
    private static Encoding Strict(int codePage) => StrictEncodings.GetOrAdd(codePage,
        static page => Encoding.GetEncoding(page, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));

    private static string? TryStrict(Encoding encoding, byte[] bytes)
    {
        try
        {
            return Normalize(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsAscii(byte[] bytes) => Array.TrueForAll(bytes, b => b < 0x80);

    /// <summary>
    /// NFC so that Windows-1258 (base letter + combining tone mark) reads like every other source; stray NULs
    /// (a text file that passed <see cref="LooksBinary"/> may have a few) are dropped.
    /// </summary>
    private static string Normalize(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            text = text.Replace("\0", "", StringComparison.Ordinal);
        }
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
