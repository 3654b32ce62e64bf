using System.Security.Cryptography;
using System.Text;

namespace FactPipeline.Core.Common;

/// <summary>Deterministic ids from content: re-running the same inputs yields the same ids, so nothing duplicates.</summary>
public static class StableId
{
    public static string Of(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
