namespace DocsGen.Config;

/// <summary>
/// The JSON Schema of docsgen.yml (Config/docsgen.schema.json, embedded). Editors with a YAML
/// language server complete and check the config against it through the file's modeline.
/// </summary>
public static class ConfigSchema
{
    public const string FileName = "docsgen.schema.json";

    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"The engine was built without its embedded {FileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
