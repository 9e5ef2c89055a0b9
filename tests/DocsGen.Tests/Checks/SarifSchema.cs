namespace DocsGen.Tests.Checks;

/// <summary>
/// The SARIF 2.1.0 JSON schema as Microsoft ships it in the npm package @microsoft/jest-sarif
/// (lib/schemas/sarif-2.1.0-rtm.5.json, the schema json.schemastore.org serves as sarif-2.1.0).
/// tests/run-all.sh installs it: npm install --no-save --prefix tests/.artifacts/npm @microsoft/jest-sarif@1.0.0-beta.0
/// </summary>
internal static class SarifSchema
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "DocsGen.sln")))
                {
                    var schema = System.IO.Path.Combine(dir.FullName, "tests", ".artifacts", "npm", "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
                    return File.Exists(schema)
                        ? schema
                        : throw new FileNotFoundException($"SARIF schema not installed at {schema}. Run: npm install --no-save --prefix tests/.artifacts/npm @microsoft/jest-sarif@1.0.0-beta.0");
                }
            }

            throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}.");
        }
    }
}
