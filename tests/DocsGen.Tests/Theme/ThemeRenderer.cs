using Scriban;
using Scriban.Runtime;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace DocsGen.Tests.Theme;

/// <summary>
/// Renders the default theme the way the README describes (layout, then base around it) from
/// hand-made globals, so theme tests do not depend on the engine's renderer.
/// </summary>
internal static class ThemeRenderer
{
    public static string Render(string layout, ScriptObject globals)
    {
        var context = new TemplateContext { TemplateLoader = new ThemeFileLoader(ThemeDirectory.Find()) };
        // Built into the engine's page globals (the default theme's schema trees and parameter tables).
        globals["schema_tree"] = DocsGen.Rendering.SchemaTreeFunction.Instance;
        globals["api_parameters"] = DocsGen.Rendering.ParametersFunction.Instance;
        context.PushGlobal(globals);
        var body = Parse($"layouts/{layout}.html").Render(context);
        context.PushGlobal(new ScriptObject { ["content"] = body });
        return Parse("layouts/base.html").Render(context);
    }

    private static Template Parse(string relativePath)
    {
        var template = Template.Parse(File.ReadAllText(Path.Combine(ThemeDirectory.Find(), relativePath)), relativePath);
        if (template.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", template.Messages));
        }
        return template;
    }

    private sealed class ThemeFileLoader(string root) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Path.Combine(root, templateName);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(File.ReadAllText(templatePath));
    }
}
