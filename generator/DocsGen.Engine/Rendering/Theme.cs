using System.Collections.Concurrent;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Files;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace DocsGen.Rendering;

/// <summary>
/// A theme as layered folders: the site's own themes/NAME/ first, then the built-in theme.
/// Templates are parsed once and shared; rendering creates a context per page.
/// </summary>
public sealed class Theme : ITemplateLoader
{
    private readonly IReadOnlyList<string> _layers;

    // The site's own layer is content (a pull request can change it); the built-in layer ships with DocsGen.
    private readonly string? _siteLayer;
    private readonly ReadRoots? _roots;
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);

    public Theme(IReadOnlyList<string> layers, DiagnosticBag diagnostics, string? siteLayer = null, ReadRoots? roots = null)
    {
        _layers = layers;
        _siteLayer = siteLayer;
        _roots = roots;
        Diagnostics = diagnostics;
        _partials = new(() => _layers
            .Where(layer => Directory.Exists(Path.Combine(layer, "partials")))
            .SelectMany(layer => Directory.EnumerateFiles(Path.Combine(layer, "partials"), "*.html", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(layer, file).Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Template: Template(path)))
            .Where(p => p.Template is not null)
            .Select(p => new KeyValuePair<string, Template>(p.Path, p.Template!))
            .ToList());
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Theme folders, most specific first.</summary>
    public IReadOnlyList<string> Layers => _layers;

    /// <summary>The site's override folder, then the built-in theme shipped with DocsGen.</summary>
    public static Theme Resolve(string siteRoot, string name, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var layers = new List<string>();
        var own = Path.Combine(siteRoot, "themes", name);
        string? siteLayer = null;
        if (Directory.Exists(own))
        {
            layers.Add(own);
            siteLayer = own;
        }

        var builtIn = BuiltInThemeDir(name);
        if (builtIn is not null && !layers.Contains(builtIn))
        {
            layers.Add(builtIn);
        }

        return new Theme(layers, diagnostics, siteLayer == builtIn ? null : siteLayer, roots);
    }

    /// <summary>Whether a file of <paramref name="layer"/> may be used; a site file leading outside the read roots is an error at the file.</summary>
    private bool MayUse(string layer, string path)
    {
        if (_roots is null || !string.Equals(layer, _siteLayer, StringComparison.Ordinal))
        {
            return true;
        }

        var display = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(layer)!)!, path).Replace('\\', '/');
        return _roots.MayRead(path, display, new SourceLocation(display), Diagnostics);
    }

    /// <summary>The built-in theme's folder (see <see cref="BuiltInThemes.Folder"/>).</summary>
    public static string? BuiltInThemeDir(string name) => BuiltInThemes.Folder(name);

    /// <summary>The file for a theme-relative path, from the most specific layer that has it.</summary>
    public string? Find(string relativePath)
    {
        foreach (var layer in _layers)
        {
            var path = Path.Combine(layer, relativePath);
            if (File.Exists(path) && MayUse(layer, path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Every asset file, theme-relative under assets/, with overrides applied.</summary>
    public IReadOnlyDictionary<string, string> Assets()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var layer in _layers.Reverse())
        {
            var dir = Path.Combine(layer, "assets");
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Where(file => MayUse(layer, file)))
            {
                result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = file;
            }
        }

        return result;
    }

    /// <summary>
    /// Every partial, parsed once. Scriban caches includes per context only; handing each page's
    /// context the shared parsed partials avoids re-reading and re-parsing them for every page.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, Template>> Partials => _partials.Value;

    private readonly Lazy<IReadOnlyList<KeyValuePair<string, Template>>> _partials;

    public Template? Template(string relativePath) =>
        _templates.GetOrAdd(relativePath, p => new Lazy<Template?>(() => Parse(p))).Value;

    // Files parsed ahead by ParseAhead, by full path; Parse still reports their problems when asked for them.
    private readonly ConcurrentDictionary<string, Template> _ahead = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses every layout and partial now. A build runs this on a worker while its specs load (a stage
    /// that leaves one core idle), so the first pages need not wait for Scriban's parser and its JIT.
    /// Diagnostics are unaffected: a template's problems are reported when it is first asked for.
    /// </summary>
    public void ParseAhead()
    {
        var files = new[] { "layouts", "partials" }
            .SelectMany(folder => _layers
                .Where(layer => Directory.Exists(Path.Combine(layer, folder)))
                .SelectMany(layer => Directory.EnumerateFiles(Path.Combine(layer, folder), "*.html", SearchOption.AllDirectories)
                    .Select(file => Path.GetRelativePath(layer, file).Replace('\\', '/'))))
            .Distinct(StringComparer.Ordinal)
            .Select(Find)
            .OfType<string>();
        foreach (var path in files)
        {
            try
            {
                _ahead.TryAdd(path, Scriban.Template.Parse(File.ReadAllText(path), path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Parse reads the file again when the template is asked for, and reports the problem.
            }
        }
    }

    private Template? Parse(string relativePath)
    {
        var path = Find(relativePath);
        if (path is null)
        {
            Diagnostics.Error(DiagnosticCodes.TemplateMissing, $"Theme has no template '{relativePath}'.", new SourceLocation(relativePath),
                $"Add {relativePath} to your theme or remove the override that refers to it.");
            return null;
        }

        var template = _ahead.TryGetValue(path, out var ahead) ? ahead : Scriban.Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                Diagnostics.Error(DiagnosticCodes.TemplateSyntax, message.Message,
                    new SourceLocation(path, message.Span.Start.Line + 1, message.Span.Start.Column + 1), "Fix the template syntax.");
            }

            return null;
        }

        return template;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var path = Find(templatePath) ?? throw new ScriptRuntimeException(callerSpan, $"Theme has no partial '{templatePath}'.");
        return File.ReadAllText(path);
    }

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
