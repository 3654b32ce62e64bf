using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Gold;

/// <summary>
/// Checks a gold corpus before it is used to score: ids unique, article files present and listed, every mention's
/// text exactly once in its file and not in a .txt headline, discrepancies with two sides and a known severity,
/// traps of a known kind with two mentions or more.
/// </summary>
internal sealed class GoldValidator(GoldCorpus corpus)
{
    private static readonly string[] Severities = ["minor", "conflict"];

    private readonly List<string> _errors = [];
    private readonly Dictionary<string, string?> _texts = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Validate()
    {
        if (!Directory.Exists(corpus.ArticlesDirectory))
        {
            return [$"articles folder missing: {corpus.ArticlesDirectory}"];
        }
        CheckUniqueIds();
        CheckArticleSets();
        foreach (var part in corpus.Parts)
        {
            foreach (var d in part.Discrepancies)
            {
                CheckDiscrepancy(part.Name, d);
            }
            foreach (var c in part.Consistent)
            {
                CheckMentions(part.Name, c.Id, c.Mentions, "consistent group");
            }
            foreach (var t in part.Traps)
            {
                if (!GoldTrap.Kinds.Contains(t.Kind ?? ""))
                {
                    _errors.Add($"{part.Name}: trap {t.Id}: unknown kind \"{t.Kind}\" (one of {string.Join(", ", GoldTrap.Kinds)})");
                }
                CheckMentions(part.Name, t.Id, t.Mentions, "trap");
            }
        }
        return _errors;
    }

    private void CheckUniqueIds()
    {
        var ids = corpus.Parts.SelectMany(p =>
            p.Stories.Concat(p.Distractors).Select(s => (p.Name, s.Id))
                .Concat(p.Discrepancies.Select(d => (p.Name, d.Id)))
                .Concat(p.Consistent.Select(c => (p.Name, c.Id)))
                .Concat(p.Traps.Select(t => (p.Name, t.Id))));
        foreach (var group in ids.GroupBy(x => x.Id ?? "", StringComparer.Ordinal))
        {
            if (group.Key.Length == 0)
            {
                _errors.Add($"{string.Join(", ", group.Select(g => g.Name).Distinct())}: {group.Count()} entries without an id");
            }
            else if (group.Count() > 1)
            {
                _errors.Add($"{string.Join(", ", group.Select(g => g.Name).Distinct())}: id \"{group.Key}\" used {group.Count()} times");
            }
        }
    }

    /// <summary>Every listed article exists, and every article file is listed in a story or distractor set.</summary>
    private void CheckArticleSets()
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in corpus.Parts)
        {
            foreach (var set in part.Stories.Concat(part.Distractors))
            {
                foreach (var file in set.Articles ?? [])
                {
                    listed.Add(file);
                    if (ReadArticle(file) is null)
                    {
                        _errors.Add($"{part.Name}: {set.Id}: article file not found: {file}");
                    }
                }
            }
        }
        foreach (var file in ArticleFiles.Under(corpus.ArticlesDirectory))
        {
            if (!listed.Contains(file))
            {
                _errors.Add($"articles/{file}: not listed in any story or distractor set");
            }
        }
    }

    private void CheckDiscrepancy(string part, GoldDiscrepancy d)
    {
        if (!Severities.Contains(d.Severity, StringComparer.Ordinal))
        {
            _errors.Add($"{part}: discrepancy {d.Id}: severity \"{d.Severity}\" is not minor or conflict");
        }
        var sides = d.Sides ?? [];
        if (sides.Count < 2 || sides.Any(side => side is null || side.Count == 0))
        {
            _errors.Add($"{part}: discrepancy {d.Id}: needs two sides or more, each with a mention");
            return;
        }
        if (!GoldPairs.Of(d).Any())
        {
            _errors.Add($"{part}: discrepancy {d.Id}: no two sides have mentions in different files");
        }
        CheckMentions(part, d.Id, sides.SelectMany(side => side).ToArray(), "discrepancy");
    }

    private void CheckMentions(string part, string id, IReadOnlyList<GoldMention>? mentions, string what)
    {
        mentions ??= [];
        if (mentions.Count < 2)
        {
            _errors.Add($"{part}: {what} {id}: needs two mentions or more");
        }
        foreach (var mention in mentions)
        {
            CheckMention(part, id, mention);
        }
    }

    private void CheckMention(string part, string id, GoldMention? mention)
    {
        if (mention is null || string.IsNullOrWhiteSpace(mention.File) || string.IsNullOrWhiteSpace(mention.Text))
        {
            _errors.Add($"{part}: {id}: a mention without file or text");
            return;
        }
        if (ReadArticle(mention.File) is not { } text)
        {
            _errors.Add($"{part}: {id}: {mention.File}: file not found");
            return;
        }
        var count = Occurrences(text, mention.Text);
        if (count != 1)
        {
            _errors.Add($"{part}: {id}: {mention.File}: \"{mention.Text}\" occurs {count} times in the file (must be exactly once)");
        }
        else if (!IsHtml(mention.File) && text.IndexOf(mention.Text, StringComparison.Ordinal) < FirstLineEnd(text))
        {
            _errors.Add($"{part}: {id}: {mention.File}: \"{mention.Text}\" is in the headline (must be in a body paragraph)");
        }
    }

    private string? ReadArticle(string file)
    {
        if (!_texts.TryGetValue(file, out var text))
        {
            var path = Path.Combine(corpus.ArticlesDirectory, file);
            text = File.Exists(path) ? File.ReadAllText(path) : null;
            _texts[file] = text;
        }
        return text;
    }

    private static int Occurrences(string text, string snippet)
    {
        var count = 0;
        for (var at = text.IndexOf(snippet, StringComparison.Ordinal); at >= 0; at = text.IndexOf(snippet, at + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static int FirstLineEnd(string text)
    {
        var body = text.TrimStart('\uFEFF', '\r', '\n', ' ', '\t');
        var offset = text.Length - body.Length;
        var end = body.IndexOf('\n');
        return end < 0 ? text.Length : offset + end;
    }

    private static bool IsHtml(string file) => ArticleFiles.IsHtml(file);
}
