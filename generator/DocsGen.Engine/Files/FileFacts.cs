using System.Runtime.InteropServices;

namespace DocsGen.Files;

/// <summary>What a path is on disk, asked of the operating system before anything opens it.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,

    /// <summary>A FIFO, a device or a socket: opening one can block forever or never end.</summary>
    Special,
}

/// <summary>
/// The two facts .NET does not expose: a path's real location with every link resolved, and whether a
/// file is regular. Both come from libc on Linux; a FIFO must be recognised before <c>open</c>, which blocks on it.
/// </summary>
internal static partial class FileFacts
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001;
    private const int ModeTypeMask = 0xF000;
    private const int ModeRegular = 0x8000;
    private const int ModeDirectory = 0x4000;

    /// <summary>
    /// The absolute path with every link in it resolved. A path that does not exist keeps its missing tail
    /// under the real path of the part that does, so a link cannot hide where a new file would go.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return Path.TrimEndingDirectorySeparator(full);
        }

        var tail = new Stack<string>();
        var current = Path.TrimEndingDirectorySeparator(full);
        while (true)
        {
            var real = NativeRealPath(current);
            if (real is not null)
            {
                return tail.Aggregate(real, Path.Combine);
            }

            var parent = Path.GetDirectoryName(current);
            if (parent is null)
            {
                return full;
            }

            tail.Push(Path.GetFileName(current));
            current = parent;
        }
    }

    /// <summary>The kind of what <paramref name="path"/> names, following links.</summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return FileKind.Missing;
            }

            // struct statx: stx_mode is the 16-bit field at offset 28 on every Linux architecture.
            var mode = BitConverter.ToUInt16(buffer, 28) & ModeTypeMask;
            return mode switch
            {
                ModeRegular => FileKind.Regular,
                ModeDirectory => FileKind.Directory,
                _ => FileKind.Special,
            };
        }

        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        // Elsewhere .NET's own view: devices and FIFOs are rare outside /dev on the systems we build on.
        return !File.Exists(path) ? FileKind.Missing : path.StartsWith("/dev/", StringComparison.Ordinal) ? FileKind.Special : FileKind.Regular;
    }

    private static string? NativeRealPath(string path)
    {
        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
