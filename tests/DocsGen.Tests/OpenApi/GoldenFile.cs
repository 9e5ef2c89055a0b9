using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocsGen.Tests.OpenApi;

/// <summary>Compares a view model, serialized as indented JSON, with a reviewed file. DOCSGEN_UPDATE_GOLDEN=1 rewrites it.</summary>
internal static class GoldenFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void AssertMatches(object model, string name)
    {
        var actual = JsonSerializer.Serialize(model, model.GetType(), Options).ReplaceLineEndings("\n") + "\n";
        AssertText(actual, TestPaths.Golden(name));
    }

    /// <summary>Compares text with the reviewed file at <paramref name="path"/>; DOCSGEN_UPDATE_GOLDEN=1 rewrites it.</summary>
    public static void AssertText(string actual, string path)
    {
        if (Environment.GetEnvironmentVariable("DOCSGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with DOCSGEN_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
