namespace FactPipeline.Web;

/// <summary>
/// The desk's words, in <c>Resources/DeskText.resx</c> (English, the default) and <c>Resources/DeskText.ko.resx</c>
/// (Korean). Pages read them through <c>T</c> (<c>IStringLocalizer&lt;DeskText&gt;</c>, injected in _ViewImports).
/// </summary>
/// <remarks>
/// Keys name a place, not the English words, so rewording a label does not orphan its translation:
/// <c>Area.Element</c> (<c>SignIn.Password</c>, <c>Layout.SignOut</c>), with a third part for a group inside a page
/// (<c>Queue.Filter.Severity</c>, <c>Finding.Label.Source</c>). Values of a fixed vocabulary are keyed by the value as
/// it appears in URLs and the store (<c>Severity.conflict</c>, <c>Status.different-scope</c>, <c>Role.editor</c>), so a
/// page can write <c>T[$"Status.{status}"]</c>. Placeholders are <c>{0}</c>, <c>{1}</c>, the same in both languages;
/// a test checks that both files hold the same keys and placeholders, and that every key a page names exists.
/// </remarks>
public sealed class DeskText
{
    private DeskText()
    {
    }
}
