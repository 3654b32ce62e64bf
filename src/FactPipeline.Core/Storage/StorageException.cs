namespace FactPipeline.Core.Storage;

/// <summary>
/// The database cannot be opened or used (locked, unreadable, written by a newer program). Hosts report it as
/// a storage error naming the file; programming errors inside the store stay what they are.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
