using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactPipeline.TestSupport;

/// <summary>A message the <see cref="LoopbackSmtpServer"/> accepted: the envelope and the message as sent (dot-unstuffed).</summary>
public sealed record SmtpCapture(string From, IReadOnlyList<string> Recipients, byte[] Data);

/// <summary>
/// A small SMTP server on 127.0.0.1 with a random free port, for the mail tests: EHLO/HELO, MAIL, RCPT, DATA (with
/// dot-unstuffing), RSET, NOOP, QUIT; no TLS, no AUTH. It keeps what it accepts, and can answer the first
/// <see cref="RejectFirst"/> messages with a transient 451 after their DATA, as a greylisting or busy server does.
/// Every connection is bounded by a read timeout, so a test that goes wrong cannot leave it waiting.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<SmtpCapture> messages = new();
    private readonly Task accepting;
    private int transactions;
    private int connections;

    /// <param name="rejectFirst">How many messages, counted from the first, get "451 4.3.0 try again later" after their DATA.</param>
    public LoopbackSmtpServer(int rejectFirst = 0)
    {
        RejectFirst = rejectFirst;
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public int RejectFirst { get; }

    public IReadOnlyList<SmtpCapture> Messages => [.. messages];

    /// <summary>Messages whose DATA ended, rejected ones included: the sender's attempts that reached the end.</summary>
    public int Transactions => Volatile.Read(ref transactions);

    public int Connections => Volatile.Read(ref connections);

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                Interlocked.Increment(ref connections);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        timeout.CancelAfter(ReadTimeout);
        var stream = client.GetStream();
        var reader = new SmtpLineReader(stream);
        async Task Reply(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), timeout.Token);
        try
        {
            await Reply("220 127.0.0.1 LoopbackSmtpServer ready");
            string? from = null;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(timeout.Token) is { } bytes)
            {
                var line = Encoding.UTF8.GetString(bytes);
                var verb = (line.Split(' ', 2)[0].Split(':')[0]).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await Reply("250-127.0.0.1\r\n250-8BITMIME\r\n250 SMTPUTF8");
                        break;
                    case "HELO":
                        await Reply("250 127.0.0.1");
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await Reply("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await Reply("250 2.1.5 OK");
                        break;
                    case "DATA":
                        await Reply("354 end with <CRLF>.<CRLF>");
                        var data = await ReadDataAsync(reader, timeout.Token);
                        var number = Interlocked.Increment(ref transactions);
                        if (number <= RejectFirst)
                        {
                            await Reply("451 4.3.0 try again later");
                        }
                        else
                        {
                            messages.Enqueue(new SmtpCapture(from ?? "", [.. recipients], data));
                            await Reply("250 2.0.0 queued");
                        }
                        from = null;
                        recipients.Clear();
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await Reply("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await Reply("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await Reply("221 2.0.0 bye");
                        return;
                    default:
                        await Reply("502 5.5.2 command not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // The client went away or the session ran out of time: nothing to keep.
        }
    }

    /// <summary>"MAIL FROM:&lt;a@b&gt; SIZE=10" → "a@b".</summary>
    private static string Address(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', open + 1);
        return open < 0 || close < 0 ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : line[(open + 1)..close];
    }

    /// <summary>The lines up to the lone ".", with the leading dot a sender doubles taken off again.</summary>
    private static async Task<byte[]> ReadDataAsync(SmtpLineReader reader, CancellationToken cancellationToken)
    {
        using var data = new MemoryStream();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line is [(byte)'.'])
            {
                return data.ToArray();
            }
            var start = line is [(byte)'.', (byte)'.', ..] ? 1 : 0;
            data.Write(line, start, line.Length - start);
            data.Write("\r\n"u8);
        }
        throw new IOException("connection closed inside DATA");
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }

    /// <summary>Reads CRLF-ended lines as bytes (the message may be 8-bit UTF-8), without the CRLF.</summary>
    private sealed class SmtpLineReader(Stream stream)
    {
        private readonly byte[] buffer = new byte[8192];
        private int start;
        private int end;

        public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var line = new MemoryStream();
            while (true)
            {
                for (var i = start; i < end; i++)
                {
                    if (buffer[i] == (byte)'\n')
                    {
                        line.Write(buffer, start, i - start);
                        start = i + 1;
                        var bytes = line.ToArray();
                        return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
                    }
                }
                line.Write(buffer, start, end - start);
                start = 0;
                end = await stream.ReadAsync(buffer, cancellationToken);
                if (end == 0)
                {
                    return line.Length == 0 ? null : line.ToArray();
                }
            }
        }
    }
}
