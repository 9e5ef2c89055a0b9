using DocsGen.Config;

namespace DocsGen.Scaffolding;

/// <summary>
/// The files `docsgen new` writes: the smallest site that shows guides, navigation and an API
/// reference, plus what a repository needs to publish it (.gitignore, a GitHub Pages workflow).
/// </summary>
public static class StarterSite
{
    /// <summary>Where the starter workflow lives; GitHub runs it only from the repository's root.</summary>
    public const string WorkflowPath = ".github/workflows/docs.yml";

    /// <summary>
    /// The release the starter workflow pins, so CI runs the DocsGen that created the site. The engine
    /// and the tool package take their version from one place (Directory.Build.props).
    /// </summary>
    public static string ToolVersion => References.DocsGenVersion.Current;

    private static readonly (string Path, string Text)[] Files =
    [
        (".gitignore", """
            # DocsGen's output and its caches (external link results).
            _site/
            .docsgen/
            """),
        (WorkflowPath, """
            # Checks every pull request and publishes main to GitHub Pages (Settings > Pages > Source:
            # GitHub Actions). Written by `docsgen new`; GitHub reads workflows only from the
            # repository's root: if this site lives in a subfolder, move .github/ to the root and set
            # DOCS_DIR to the site's folder.
            name: docs
            on:
              push:
                branches: [main]
              pull_request:
              workflow_dispatch:

            permissions:
              contents: read

            env:
              DOCS_DIR: .
              DOCSGEN_VERSION: "{{version}}"

            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-dotnet@v4
                    with:
                      dotnet-version: 10.0.x
                  - name: Install DocsGen
                    run: dotnet tool install --global DocsGen --version "$DOCSGEN_VERSION"
                  - name: Check links, samples and coverage
                    run: docsgen check "$DOCS_DIR" --format github
                  - name: Build
                    run: >
                      docsgen build "$DOCS_DIR" --strict
                      --base-url "https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/"
                  - uses: actions/upload-pages-artifact@v3
                    with:
                      path: ${{ env.DOCS_DIR }}/_site

              deploy:
                if: github.event_name == 'push'
                needs: build
                runs-on: ubuntu-latest
                permissions:
                  pages: write
                  id-token: write
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@v4
            """),
        ("docsgen.yml", """
            # yaml-language-server: $schema=docsgen.schema.json
            # Site configuration. Reference: https://docsgen.dev/v2/reference/configuration/
            title: My API Docs
            description: Guides and API reference for the My API platform.
            baseUrl: https://docs.example.com/
            versions:
              - id: v1
                label: "1.0"
                current: true
                apis:
                  - id: main
                    spec: versions/v1/api/openapi.yaml
                    prefix: api
                    title: My API
            """),
        ("versions/v1/index.md", """
            ---
            title: Welcome
            description: Start here.
            ---

            This site is built with DocsGen. Edit `versions/v1/index.md` and the page reloads.

            - Read the [quickstart](getting-started/quickstart.md).
            - Browse the [API reference](api:listItems).
            """),
        ("versions/v1/getting-started/_section.yml", """
            title: Getting started
            order: 1
            """),
        ("versions/v1/getting-started/quickstart.md", """
            ---
            title: Quickstart
            sidebar_position: 1
            ---

            ## Make your first call

            ```bash {op=listItems}
            curl https://api.example.com/v1/items
            ```

            :::tip
            Every call on this site can be tried in the browser from its reference page.
            :::
            """),
        ("versions/v1/api/openapi.yaml", """
            openapi: 3.1.0
            info:
              title: My API
              version: 1.0.0
            servers:
              - url: https://api.example.com/v1
            paths:
              /items:
                get:
                  operationId: listItems
                  summary: List items
                  description: Returns the items, newest first.
                  responses:
                    '200':
                      description: The items.
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              $ref: '#/components/schemas/Item'
                          example:
                            - id: it_1
                              name: First item
            components:
              schemas:
                Item:
                  type: object
                  required: [id, name]
                  properties:
                    id:
                      type: string
                      description: Unique id.
                    name:
                      type: string
                      description: Display name.
            """),
    ];

    /// <summary>Writes the starter files under <paramref name="root"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string root)
    {
        var written = new List<string>();
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.Replace("{{version}}", ToolVersion, StringComparison.Ordinal).ReplaceLineEndings("\n") + "\n");
            written.Add(full);
        }

        var schema = Path.Combine(root, ConfigSchema.FileName);
        File.WriteAllText(schema, ConfigSchema.Text);
        written.Add(schema);
        return written;
    }
}
