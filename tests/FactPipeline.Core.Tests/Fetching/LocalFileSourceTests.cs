using FactPipeline.Core.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Fetching;

public sealed class LocalFileSourceTests : IDisposable
{
    private readonly string _tempDirectory = Directory.CreateTempSubdirectory("factpipeline-fetch-").FullName;

    public void Dispose() => Directory.Delete(_tempDirectory, recursive: true);

    private static LocalFileSource CreateSource(LocalFileSourceOptions? options = null) =>
        new(Options.Create(options ?? new LocalFileSourceOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<LocalFileSource>.Instance);

    private static async Task<List<SourceResult>> ReadAllAsync(LocalFileSource source, params string[] inputs)
    {
        var results = new List<SourceResult>();
        await foreach (var result in source.ReadAsync(inputs, TestContext.Current.CancellationToken))
        {
            results.Add(result);
        }
        return results;
    }

    [Fact]
    public async Task ReadAsync_TextFile_ReturnsBytesWithPlainMediaTypeAndSourceAsGiven()
    {
        var path = Fixtures.PathOf("Fetching/articles/b-second.txt");

        var result = (await ReadAllAsync(CreateSource(), path)).ShouldHaveSingleItem();

        result.Problem.ShouldBeNull();
        result.Document!.Source.ShouldBe(path);
        result.Document.MediaType.ShouldBe("text/plain");
        result.Document.Content.ShouldBe(File.ReadAllBytes(path));
        result.Document.DeclaredCharset.ShouldBeNull();
    }

    [Fact]
    public async Task ReadAsync_Directory_ExpandsRecursivelyInOrdinalOrderWithAllowedExtensionsOnly()
    {
        var directory = Fixtures.PathOf("Fetching/articles");

        var results = await ReadAllAsync(CreateSource(), directory);

        results.Select(r => Path.GetRelativePath(directory, r.Document!.Source).Replace('\\', '/'))
            .ShouldBe(["a-first.html", "b-second.txt", "nested/c-third.htm"]);
        results.Select(r => r.Document!.MediaType).ShouldBe(["text/html", "text/plain", "text/html"]);
        results.ShouldAllBe(r => r.Document!.Source.StartsWith(directory, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_RelativeDirectory_KeepsSourcesRelative()
    {
        Directory.CreateDirectory(Path.Combine(_tempDirectory, "in"));
        await File.WriteAllTextAsync(Path.Combine(_tempDirectory, "in", "x.txt"), "Isi berita.", TestContext.Current.CancellationToken);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_tempDirectory, "in"));

        var result = (await ReadAllAsync(CreateSource(), relative)).ShouldHaveSingleItem();

        result.Document!.Source.ShouldBe(Path.Join(relative, "x.txt"));
    }

    [Fact]
    public async Task ReadAsync_MissingPath_FailsWithNotFound()
    {
        var result = (await ReadAllAsync(CreateSource(), "no/such/article.txt")).ShouldHaveSingleItem();

        result.Document.ShouldBeNull();
        result.Problem!.ToString().ShouldBe("no/such/article.txt: not found");
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_FailsWithEmptyFile()
    {
        var path = Fixtures.PathOf("Fetching/empty.txt");

        var result = (await ReadAllAsync(CreateSource(), path)).ShouldHaveSingleItem();

        result.Problem!.Source.ShouldBe(path);
        result.Problem.Reason.ShouldBe("empty file");
    }

    [Fact]
    public async Task ReadAsync_FileOverLimit_FailsWithSizeAndLimitWithoutReadingIt()
    {
        var path = Path.Combine(_tempDirectory, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024); // Sparse on most file systems: nothing is written.
        }

        var result = (await ReadAllAsync(CreateSource(), path)).ShouldHaveSingleItem();

        result.Problem!.Reason.ShouldBe("too large: 50.0 MB, limit 20 MB");
    }

    [Fact]
    public async Task ReadAsync_FileAtTheLimit_IsReadAndOneByteMoreIsTooLarge()
    {
        var atLimit = Path.Combine(_tempDirectory, "at-limit.txt");
        var overLimit = Path.Combine(_tempDirectory, "over-limit.txt");
        await File.WriteAllBytesAsync(atLimit, new byte[1024].Select((_, i) => (byte)('a' + i % 26)).ToArray(), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(overLimit, new byte[1025], TestContext.Current.CancellationToken);
        var source = CreateSource(new LocalFileSourceOptions { MaxFileBytes = 1024 });

        var results = await ReadAllAsync(source, atLimit, overLimit);

        results[0].Document!.Content.ShouldBe(await File.ReadAllBytesAsync(atLimit, TestContext.Current.CancellationToken));
        results[1].Problem!.Reason.ShouldBe("too large: 0.0 MB, limit 0 MB");
    }

    [Fact]
    public async Task ReadAsync_FileOfManyReads_ReturnsEveryByteExactly()
    {
        // Larger than one read of most file systems' and runtimes' buffers (64 KiB), and not a multiple of it.
        var content = new byte[300_001];
        new Random(7).NextBytes(content);
        var path = Path.Combine(_tempDirectory, "long.html");
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);

        var result = (await ReadAllAsync(CreateSource(), path)).ShouldHaveSingleItem();

        result.Problem.ShouldBeNull();
        result.Document!.MediaType.ShouldBe("text/html");
        result.Document.Content.Length.ShouldBe(content.Length);
        result.Document.Content.SequenceEqual(content).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ReadAsync_BlankPath_FailsWithNotFound(string path)
    {
        var result = (await ReadAllAsync(CreateSource(), path)).ShouldHaveSingleItem();

        result.Document.ShouldBeNull();
        result.Problem!.Reason.ShouldBe("not found");
    }

    [Fact]
    public async Task ReadAsync_DirectoryAmongFiles_IsExpandedInItsPlace()
    {
        var first = Path.Combine(_tempDirectory, "first.txt");
        var last = Path.Combine(_tempDirectory, "last.txt");
        await File.WriteAllTextAsync(first, "Berita pertama.", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(last, "Berita terakhir.", TestContext.Current.CancellationToken);
        var directory = Fixtures.PathOf("Fetching/articles");

        var results = await ReadAllAsync(CreateSource(), first, directory, last);

        results.Select(r => Path.GetFileName(r.Document!.Source)).ShouldBe(["first.txt", "a-first.html", "b-second.txt", "c-third.htm", "last.txt"]);
    }

    [Fact]
    public async Task ReadAsync_BadInputAmongGoodOnes_ReportsEachAndContinues()
    {
        var good = Fixtures.PathOf("Fetching/articles/b-second.txt");

        var results = await ReadAllAsync(CreateSource(), "missing.txt", good, Fixtures.PathOf("Fetching/empty.txt"));

        results.Select(r => r.Problem?.Reason).ShouldBe(["not found", null, "empty file"]);
    }

    [Fact]
    public async Task ReadAsync_DirectoryWithoutArticles_FailsNamingDirectory()
    {
        var result = (await ReadAllAsync(CreateSource(), _tempDirectory)).ShouldHaveSingleItem();

        result.Problem!.Source.ShouldBe(_tempDirectory);
        result.Problem.Reason.ShouldStartWith("no .txt/.html/.htm files");
    }

    [Fact]
    public async Task ReadAsync_ConfiguredExtensions_ReplaceDefaults()
    {
        var source = CreateSource(new LocalFileSourceOptions { Extensions = [".md"] });

        var result = (await ReadAllAsync(source, Fixtures.PathOf("Fetching/articles"))).ShouldHaveSingleItem();

        result.Document!.Source.ShouldEndWith("notes.md");
    }

    [Fact]
    public void AddLocalFiles_BindsInputSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Input:MaxFileBytes"] = "1024", ["Input:Extensions:0"] = ".txt" })
            .Build();
        using var provider = new ServiceCollection().AddLocalFiles(configuration).BuildServiceProvider();

        provider.GetRequiredService<IDocumentSource>().ShouldBeOfType<LocalFileSource>();
        var options = provider.GetRequiredService<IOptions<LocalFileSourceOptions>>().Value;
        options.MaxFileBytes.ShouldBe(1024);
        options.Extensions.ShouldBe([".txt"]);
    }

    [Fact]
    public void AddLocalFiles_InvalidLimit_FailsValidation()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Input:MaxFileBytes"] = "0" })
            .Build();
        using var provider = new ServiceCollection().AddLocalFiles(configuration).BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LocalFileSourceOptions>>().Value);
    }
}
