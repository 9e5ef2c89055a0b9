using System.Runtime.InteropServices;
using DocsGen.Output;

namespace DocsGen.Serve;

/// <summary>
/// The folder a dev server builds into: {temp}/docsgen-serve-{pid}-{random}, created with mode 0700 (mkdtemp),
/// so other users of the machine can neither read the preview nor plant files in it. Removed when the server
/// is disposed and as soon as SIGINT, SIGTERM or SIGHUP arrives: the command line gives the server two seconds
/// to stop before it ends the process, which a slow machine does not always make. Folders of servers that
/// were killed outright (SIGKILL) are removed by the next server to start.
/// </summary>
internal sealed class PrivateBuildFolder : IDisposable
{
    public const string Prefix = "docsgen-serve-";

    private readonly PosixSignalRegistration[] _signals;

    private PrivateBuildFolder(string path)
    {
        Path = path;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        // The handlers only delete: whoever else listens (the command line's cancellation) still stops the process.
        _signals = OperatingSystem.IsWindows()
            ? []
            : [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => Delete()))];
    }

    public string Path { get; }

    public static PrivateBuildFolder Create()
    {
        var temp = System.IO.Path.GetTempPath();
        LeftoverFolders.RemoveDead(temp, Prefix + "*", name => LeftoverFolders.NumberAfter(name, Prefix));
        // Before the folder had this name: {temp}/docsgen-serve/{pid}-{n}, shared by every user.
        LeftoverFolders.RemoveDead(System.IO.Path.Combine(temp, "docsgen-serve"), "*-*", name => LeftoverFolders.NumberAfter(name, ""));
        return new PrivateBuildFolder(System.IO.Path.GetFullPath(Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName));
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        Delete();
    }

    private void OnProcessExit(object? sender, EventArgs e) => Delete();

    private void Delete()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open by the last response: the next server to start removes the folder.
        }
    }
}
