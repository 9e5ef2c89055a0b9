namespace DocsGen.Mock;

/// <summary>One thing wrong with a request, reported in the problem+json "errors" list.</summary>
/// <param name="In">path, query, header, body or security.</param>
/// <param name="Name">Parameter name or JSON pointer inside the body.</param>
public sealed record MockProblem(string In, string Name, string Message);
