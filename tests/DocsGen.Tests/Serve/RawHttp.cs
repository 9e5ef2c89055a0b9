using System.Net.Sockets;
using System.Text;

namespace DocsGen.Tests.Serve;

/// <summary>
/// HTTP/1.1 over a plain socket, for requests HttpClient will not send as written: a raw request target
/// ("/..%2f"), any Host header, any method. One request per connection.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(string serverUrl, string method, string target, string? host = null, IEnumerable<string>? headers = null, string? body = null)
    {
        var server = new Uri(serverUrl);
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port);
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var request = new StringBuilder()
            .Append($"{method} {target} HTTP/1.1\r\n")
            .Append($"Host: {host ?? server.Authority}\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers ?? [])
        {
            request.Append(header).Append("\r\n");
        }

        if (body is not null)
        {
            request.Append($"Content-Length: {bytes.Length}\r\n");
        }

        request.Append("\r\n");
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()));
        await stream.WriteAsync(bytes);
        using var read = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(read, timeout.Token);
        return RawResponse.Parse(Encoding.Latin1.GetString(read.ToArray()));
    }
}

/// <summary>The status, headers and body text of one response as it came off the wire.</summary>
internal sealed record RawResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public bool HasHeaderStartingWith(string prefix) => Headers.Any(h => h.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public static RawResponse Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"Not an HTTP response: '{text}'");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(p => KeyValuePair.Create(p[0].Trim(), p[1].Trim())).ToList();
        var body = text[(end + 4)..];
        if (headers.Any(h => h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
        {
            body = Unchunk(body);
        }

        return new RawResponse(status, headers, body);
    }

    public override string ToString() => $"{Status}\n{string.Join("\n", Headers.Select(h => $"{h.Key}: {h.Value}"))}\n\n{Body}";

    private static string Unchunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[at..lineEnd].Split(';')[0], 16);
            if (size == 0)
            {
                break;
            }

            result.Append(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}
