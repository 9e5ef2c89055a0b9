using System.Security.Cryptography;
using System.Text;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Pages;
using DocsGen.Search;
using DocsGen.SiteModel;

namespace DocsGen.Build.Cache;

/// <summary>
/// The file of one <see cref="KeptApi"/>: "DGKA", the format number, the input key (so a stale entry is told from its
/// first 40 bytes), the rest, then an HMAC-SHA256 of everything before it under <see cref="CacheSecret"/>. The
/// secret never lies in the site folder, so an entry committed to the repository, edited, truncated or written by an
/// older DocsGen is refused as a whole: nothing of it reaches the output.
/// </summary>
internal static class KeptApiFormat
{
    /// <summary>Raised whenever the layout below changes; entries of another number are ignored.</summary>
    public const int Version = 3;

    private const int MacBytes = 32;

    private static ReadOnlySpan<byte> Magic => "DGKA"u8;

    /// <summary>How many first bytes tell whether an entry is of this format and for which input key.</summary>
    public static int HeaderLength => Magic.Length + sizeof(int) + CacheKeys.Length;

    /// <summary>Whether <paramref name="header"/> starts an entry of this format for <paramref name="inputKey"/>.</summary>
    public static bool Matches(ReadOnlySpan<byte> header, ReadOnlySpan<byte> inputKey) =>
        header.Length >= HeaderLength
        && header[..Magic.Length].SequenceEqual(Magic)
        && BitConverter.ToInt32(header[Magic.Length..]) == Version
        && header.Slice(Magic.Length + sizeof(int), CacheKeys.Length).SequenceEqual(inputKey);

    /// <summary>Writes <paramref name="api"/> to <paramref name="path"/>, then the MAC of what it wrote (signed as it is written).</summary>
    public static void Write(KeptApi api, string path, byte[] secret)
    {
        // The writer's many small writes (an int, a short string) reach the MAC in 64 KB blocks, not one call each.
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var signed = new MacWritingStream(file, secret);
        using var buffered = new BufferedStream(signed, 1 << 16);
        using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(api.InputKey);
            writer.Write(api.SiteKey);
            writer.Write(api.StubsExact);
            WriteList(writer, api.OtherFiles, d =>
            {
                writer.Write(d.Path);
                writer.Write(d.Hash.Length);
                writer.Write(d.Hash);
            });
            WriteList(writer, api.Diagnostics, d =>
            {
                writer.Write(d.Code);
                writer.Write((int)d.Severity);
                writer.Write(d.Message);
                WriteLocation(writer, d.Location);
                WriteOptional(writer, d.Hint);
            });
            WriteList(writer, api.Pages, p => WritePage(writer, p));
            WriteList(writer, api.Downloads, f => WriteFile(writer, f));
        }

        file.Write(signed.Mac());
    }

    /// <summary>The entry in <paramref name="bytes"/>; null when its MAC, format or layout is not right.</summary>
    public static KeptApi? Read(byte[] bytes, byte[] secret)
    {
        if (bytes.Length < HeaderLength + MacBytes)
        {
            return null;
        }

        var body = bytes.AsSpan(0, bytes.Length - MacBytes);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(secret, body), bytes.AsSpan(bytes.Length - MacBytes)))
        {
            return null;
        }

        try
        {
            // Files are read as slices of bytes (ReadFile): the entry's one buffer is all the memory they take.
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length, writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
            {
                return null;
            }

            var inputKey = reader.ReadBytes(CacheKeys.Length);
            var siteKey = reader.ReadBytes(CacheKeys.Length);
            var stubsExact = reader.ReadBoolean();
            var otherFiles = ReadList(reader, () => new KeptDependency(reader.ReadString(), reader.ReadBytes(reader.ReadInt32())));
            var diagnostics = ReadList(reader, () => new Diagnostic(reader.ReadString(), ReadSeverity(reader), reader.ReadString(), ReadLocation(reader), ReadOptional(reader)));
            var pages = ReadList(reader, () => ReadPage(reader, bytes));
            var downloads = ReadList(reader, () => ReadFile(reader, bytes));
            return reader.BaseStream.Position == body.Length ? new KeptApi(inputKey, siteKey, stubsExact, otherFiles, diagnostics, pages, downloads) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private static void WritePage(BinaryWriter writer, KeptPage page)
    {
        writer.Write(page.Route);
        writer.Write(page.Title);
        writer.Write((int)page.Kind);
        writer.Write(page.Layout);
        WriteOptional(writer, page.Description);
        WriteLocation(writer, page.Source);
        WriteStrings(writer, page.Section);
        writer.Write(page.Order);
        WriteOptional(writer, page.NavTitle);
        writer.Write(page.HideFromNav);
        WriteStrings(writer, page.Tags);
        writer.Write(page.IsSectionIndex);
        WriteStrings(writer, page.Anchors);
        WriteList(writer, page.Toc, t =>
        {
            writer.Write(t.Level);
            writer.Write(t.Id);
            writer.Write(t.Text);
        });
        WriteOptional(writer, page.Markdown);
        WriteOptional(writer, page.HttpMethod);
        WriteStrings(writer, page.Keys.Operations);
        WriteStrings(writer, page.Keys.Schemas);
        WriteList(writer, page.Search, e =>
        {
            writer.Write((int)e.Kind);
            WriteStrings(writer, [e.Title, e.Url, e.Parent, e.Excerpt, e.Method, e.Path, e.Names, e.Headings, e.Text]);
        });
        WriteList(writer, page.Terms, t => WriteTerms(writer, t));
        WriteList(writer, page.Output, f => WriteFile(writer, f));
    }

    private static KeptPage ReadPage(BinaryReader reader, byte[] bytes) => new(
        Route: reader.ReadString(),
        Title: reader.ReadString(),
        Kind: ReadEnum<PageKind>(reader),
        Layout: reader.ReadString(),
        Description: ReadOptional(reader),
        Source: ReadLocation(reader),
        Section: ReadStrings(reader),
        Order: reader.ReadInt32(),
        NavTitle: ReadOptional(reader),
        HideFromNav: reader.ReadBoolean(),
        Tags: ReadStrings(reader),
        IsSectionIndex: reader.ReadBoolean(),
        Anchors: ReadStrings(reader),
        Toc: ReadList(reader, () => new TocEntry(reader.ReadInt32(), reader.ReadString(), reader.ReadString())),
        Markdown: ReadOptional(reader),
        HttpMethod: ReadOptional(reader),
        Keys: new ReferenceKeys(ReadStrings(reader), ReadStrings(reader)),
        Search: ReadList(reader, () =>
        {
            var kind = ReadEnum<SearchEntryKind>(reader);
            var f = ReadStrings(reader);
            return f.Count == 9 ? new SearchEntry(kind, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) : throw new InvalidDataException("A search entry has nine fields.");
        }),
        Terms: ReadList(reader, () => ReadTerms(reader)),
        Output: ReadList(reader, () => ReadFile(reader, bytes)));

    /// <summary>A search entry's counted terms: the terms, then per term its field counts and whether it is a title word, then the field lengths.</summary>
    private static void WriteTerms(BinaryWriter writer, EntryTerms terms)
    {
        writer.Write(terms.Terms.Length);
        for (var t = 0; t < terms.Terms.Length; t++)
        {
            writer.Write(terms.Terms[t]);
            for (var field = 0; field < EntryTerms.FieldCount; field++)
            {
                writer.Write(terms.Frequencies[t, field]);
            }

            writer.Write(terms.InTitle[t]);
        }

        for (var field = 0; field < EntryTerms.FieldCount; field++)
        {
            writer.Write(terms.Lengths[field]);
        }
    }

    private static EntryTerms ReadTerms(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("A term list is longer than the entry.");
        }

        var terms = new string[count];
        var frequencies = new int[count * EntryTerms.FieldCount];
        var inTitle = new bool[count];
        for (var t = 0; t < count; t++)
        {
            terms[t] = reader.ReadString();
            for (var field = 0; field < EntryTerms.FieldCount; field++)
            {
                frequencies[(t * EntryTerms.FieldCount) + field] = reader.ReadInt32();
            }

            inTitle[t] = reader.ReadBoolean();
        }

        var lengths = new int[EntryTerms.FieldCount];
        for (var field = 0; field < EntryTerms.FieldCount; field++)
        {
            lengths[field] = reader.ReadInt32();
        }

        return new EntryTerms(terms, TermFrequencies.Of(frequencies), lengths, inTitle);
    }

    private static void WriteFile(BinaryWriter writer, KeptFile file)
    {
        writer.Write(file.Path);
        writer.Write(file.Bytes.Length);
        writer.Write(file.Bytes.Span);
    }

    /// <summary>A file as a slice of <paramref name="bytes"/>, the entry the reader reads: not copied.</summary>
    private static KeptFile ReadFile(BinaryReader reader, byte[] bytes)
    {
        var path = reader.ReadString();
        var length = reader.ReadInt32();
        var at = reader.BaseStream.Position;
        if (length < 0 || length > reader.BaseStream.Length - at)
        {
            throw new InvalidDataException("A file is longer than the entry.");
        }

        reader.BaseStream.Position = at + length;
        return new KeptFile(path, bytes.AsMemory((int)at, length));
    }

    private static void WriteLocation(BinaryWriter writer, SourceLocation? location)
    {
        writer.Write(location is not null);
        if (location is not null)
        {
            writer.Write(location.File);
            writer.Write(location.Line);
            writer.Write(location.Column);
            WriteOptional(writer, location.Pointer);
        }
    }

    private static SourceLocation? ReadLocation(BinaryReader reader) =>
        reader.ReadBoolean() ? new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), ReadOptional(reader)) : null;

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteStrings(BinaryWriter writer, IEnumerable<string> texts) => WriteList(writer, texts.ToList(), writer.Write);

    private static List<string> ReadStrings(BinaryReader reader) => ReadList(reader, reader.ReadString);

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyCollection<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        // A count no entry of this size could hold is a damaged file, not a reason to allocate.
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException("A list is longer than the entry.");
        }

        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    private static Severity ReadSeverity(BinaryReader reader) => ReadEnum<Severity>(reader);

    private static T ReadEnum<T>(BinaryReader reader)
        where T : struct, Enum
    {
        var value = reader.ReadInt32();
        return Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new InvalidDataException($"{value} is no {typeof(T).Name}.");
    }
}
