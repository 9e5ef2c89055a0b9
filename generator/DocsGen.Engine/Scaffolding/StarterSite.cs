using DocsGen.Config;

namespace DocsGen.Scaffolding;

/// <summary>The files `docsgen new` writes: the smallest site that shows guides, navigation and an API reference.</summary>
public static class StarterSite
{
    private static readonly (string Path, string Text)[] Files =
    [
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
            File.WriteAllText(full, text.ReplaceLineEndings("\n") + "\n");
            written.Add(full);
        }

        var schema = Path.Combine(root, ConfigSchema.FileName);
        File.WriteAllText(schema, ConfigSchema.Text);
        written.Add(schema);
        return written;
    }
}
