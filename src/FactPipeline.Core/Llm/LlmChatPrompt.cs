using System.Net;
using System.Xml;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FactPipeline.Core.Llm;

/// <summary>
/// Turns a rendered prompt into chat messages. Templates mark roles with
/// <c>&lt;message role="system"&gt;...&lt;/message&gt;</c> (Semantic Kernel's chat prompt convention); the
/// template engine HTML-encodes argument values, so text from an article can never close a message or open
/// one of its own. A prompt without message tags is sent as one user message. A prompt with message tags
/// must be well-formed XML (write a literal &lt; as &amp;lt;): sending it as one user message instead, as
/// Semantic Kernel does, would silently demote the system message.
/// </summary>
internal static class LlmChatPrompt
{
    /// <summary>The messages, or null and the reason when the message markup is broken.</summary>
    public static (ChatHistory? History, string? Error) Parse(string rendered)
    {
        var history = new ChatHistory();
        if (!rendered.Contains("<message", StringComparison.Ordinal))
        {
            history.AddUserMessage(WebUtility.HtmlDecode(rendered).Trim());
            return (history, null);
        }
        var error = TryParseMessages(rendered, history);
        return error is null ? (history, null) : (null, error);
    }

    private static string? TryParseMessages(string rendered, ChatHistory history)
    {
        var document = new XmlDocument { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader($"<root>{rendered}</root>"), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            });
            document.Load(reader);
        }
        catch (XmlException e)
        {
            return $"message markup is not well-formed XML ({e.Message})";
        }
        foreach (var element in document.DocumentElement!.ChildNodes.OfType<XmlElement>().Where(e => e.Name == "message"))
        {
            var role = element.GetAttribute("role") switch
            {
                "system" => AuthorRole.System,
                "developer" => AuthorRole.Developer,
                "assistant" => AuthorRole.Assistant,
                _ => AuthorRole.User,
            };
            history.AddMessage(role, element.InnerText.Trim());
        }
        return history.Count > 0 ? null : "no <message> elements at the top level";
    }
}
