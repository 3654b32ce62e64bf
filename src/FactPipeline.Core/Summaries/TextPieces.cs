using System.Text;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Report text built in a <see cref="StringBuilder"/> and handed to a <see cref="TextWriter"/> piece by piece: a
/// report of tens of megabytes goes to its file as it is built, never held whole as one string (nor as the chunks of
/// one builder), which keeps the garbage collector out of the report step.
/// </summary>
internal static class TextPieces
{
    /// <summary>Characters gathered before they are written: large enough that writes are few, small enough to stay out of the large object heap.</summary>
    private const int WriteAt = 16 * 1024;

    /// <summary>Writes what was built so far when there is enough of it, and empties the builder for what comes next.</summary>
    public static void WriteWhenLarge(StringBuilder text, TextWriter writer)
    {
        if (text.Length >= WriteAt)
        {
            Write(text, writer);
        }
    }

    /// <summary>Writes what was built so far and empties the builder.</summary>
    public static void Write(StringBuilder text, TextWriter writer)
    {
        writer.Write(text);
        text.Clear();
    }

    /// <summary>The text <paramref name="write"/> writes, as one string (tests and small reports).</summary>
    public static string ToText(Action<TextWriter> write)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(text);
        return text.ToString();
    }

    /// <summary>
    /// Writes a text file as UTF-8 without a byte order mark (what <c>File.WriteAllText</c> with
    /// <c>new UTF8Encoding(false)</c> writes) straight from <paramref name="write"/>.
    /// </summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        using var writer = new StreamWriter(file, new UTF8Encoding(false), bufferSize: 32 * 1024);
        write(writer);
    }
}
