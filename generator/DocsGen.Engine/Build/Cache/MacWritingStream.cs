using System.Security.Cryptography;

namespace DocsGen.Build.Cache;

/// <summary>
/// Passes every byte written on to a file and into an HMAC, so an entry's MAC is known when its last byte is written.
/// Reading the entry back to sign it took 34,000 reads of 4 KB for Kubernetes' 137 MB entry.
/// </summary>
internal sealed class MacWritingStream(Stream inner, byte[] secret) : Stream
{
    private readonly IncrementalHash _mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);

    /// <summary>The MAC of everything written so far.</summary>
    public byte[] Mac() => _mac.GetCurrentHash();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _mac.AppendData(buffer);
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mac.Dispose();
        }

        base.Dispose(disposing);
    }
}
