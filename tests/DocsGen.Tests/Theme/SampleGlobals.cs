using Scriban.Runtime;

namespace DocsGen.Tests.Theme;

/// <summary>A small two-version site with one guide page, shaped like the globals in themes/default/README.md.</summary>
internal static class SampleGlobals
{
    public static ScriptObject GuidePage()
    {
        var nav = new List<object>
        {
            NavItem("Introduction", "/v2/"),
            NavItem("Getting started", null, isOpen: true, children:
            [
                NavItem("Quickstart", "/v2/quickstart/", isActive: true),
                NavItem("Errors", "/v2/errors/"),
            ]),
            NavItem("Pets", "/v2/api/pets/", children:
            [
                NavItem("Create a pet", "/v2/api/pets/create/", method: "post"),
            ]),
        };
        var inVersions = new List<object>
        {
            VersionLink("v2", "v2", "/v2/quickstart/", isCurrent: true, isActive: true, exists: true),
            VersionLink("v1", "v1", "/v1/", isCurrent: false, isActive: false, exists: false),
        };
        return new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = "Petstore",
                ["description"] = "Pet docs",
                ["base_path"] = "/",
                ["base_url"] = "https://docs.example.com",
                ["assets_path"] = "/assets/",
                ["versions"] = inVersions,
                ["current_version"] = "v2",
                ["live_reload"] = false,
                ["build_errors"] = new List<object>(),
            },
            ["version"] = new ScriptObject
            {
                ["id"] = "v2",
                ["label"] = "v2",
                ["is_current"] = true,
                ["url"] = "/v2/",
                ["noindex"] = false,
                ["nav"] = nav,
                ["current_label"] = "v2",
            },
            ["page"] = new ScriptObject
            {
                ["title"] = "Quickstart",
                ["description"] = "First call in five minutes.",
                ["url"] = "/v2/quickstart/",
                ["route"] = "quickstart",
                ["kind"] = "guide",
                ["content"] = "<h2 id=\"install\">Install</h2><p>Body</p>",
                ["toc"] = new List<object> { Toc(2, "install", "Install"), Toc(3, "npm", "With npm"), Toc(4, "deep", "Too deep") },
                ["prev"] = new ScriptObject { ["title"] = "Introduction", ["url"] = "/v2/" },
                ["next"] = null,
                ["source_file"] = "v2/quickstart.md",
                ["edit_url"] = "https://example.com/edit/v2/quickstart.md",
                ["canonical_url"] = "https://docs.example.com/v2/quickstart/",
                ["tags"] = new List<object> { "beginner" },
                ["in_versions"] = inVersions,
                ["current_version_url"] = "/v2/quickstart/",
                ["noindex"] = false,
                ["badges"] = new List<object>(),
            },
            ["model"] = null,
            ["nav"] = nav,
        };
    }

    public static ScriptObject Child(this ScriptObject globals, string name) => (ScriptObject)globals[name]!;

    private static ScriptObject NavItem(string title, string? url, bool isActive = false, bool isOpen = false,
        string? method = null, List<object>? children = null) => new()
        {
            ["title"] = title,
            ["url"] = url,
            ["children"] = children ?? [],
            ["is_active"] = isActive,
            ["is_open"] = isOpen,
            ["is_section"] = children is not null,
            ["kind"] = method is null ? "guide" : "operation",
            ["method"] = method,
        };

    private static ScriptObject VersionLink(string id, string label, string url, bool isCurrent, bool isActive, bool exists) => new()
    {
        ["id"] = id,
        ["label"] = label,
        ["url"] = url,
        ["is_current"] = isCurrent,
        ["is_active"] = isActive,
        ["exists"] = exists,
    };

    private static ScriptObject Toc(int level, string id, string text) => new() { ["level"] = level, ["id"] = id, ["text"] = text };
}
