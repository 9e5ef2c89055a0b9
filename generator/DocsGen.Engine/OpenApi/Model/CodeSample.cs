namespace DocsGen.OpenApi.Model;

/// <param name="Key">Tab key shared across pages so the reader's choice sticks: curl, js, python, csharp, go, java...</param>
/// <param name="Language">Highlighter name: bash, javascript, python, csharp, go, java...</param>
public sealed record CodeSample(string Key, string Label, string Language, string Source);
