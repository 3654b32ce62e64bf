namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// A small local site in two versions (Fixtures/corrections/v1 and v2): between them one page changes a figure
/// (kabar-anggaran), one disappears (hilang-kesehatan), one stays (tetap-kesehatan) and one appears (baru-anggaran).
/// </summary>
internal static class CorrectionSite
{
    /// <summary>The pages of the first version; the second version adds <see cref="NewPage"/>.</summary>
    public static readonly string[] Pages = ["/kabar-anggaran.html", "/tetap-kesehatan.html", "/hilang-kesehatan.html"];

    public const string GonePage = "/hilang-kesehatan.html";

    public const string NewPage = "/baru-anggaran.html";

    /// <summary>The site as it stands at one moment: the fixture version's pages in <paramref name="site"/>, and no others.</summary>
    public static void Publish(string version, string site)
    {
        foreach (var old in Directory.GetFiles(site))
        {
            File.Delete(old);
        }
        foreach (var page in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corrections", version)))
        {
            File.Copy(page, Path.Combine(site, Path.GetFileName(page)));
        }
    }
}
