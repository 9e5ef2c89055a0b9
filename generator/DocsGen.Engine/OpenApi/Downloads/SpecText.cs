using System.Globalization;
using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Downloads;

/// <summary>
/// The loaded spec written back out as one JSON and one YAML file, in the OpenAPI version it was written in, for the
/// "Download OpenAPI" links. A spec split over several files comes out bundled (the loader already pulled its $refs in),
/// so the download is complete on its own, which a copy of the entry file would not be. The YAML is the JSON text
/// re-spelled (<see cref="JsonAsYaml"/>): the OpenAPI library's YAML writer took 6 s on Stripe's spec, its JSON writer 0.8 s.
/// </summary>
public static class SpecText
{
    public static string Json(LoadedSpec spec) => Write(spec, text => new OpenApiJsonWriter(text));

    public static string Yaml(LoadedSpec spec) => Yaml(Json(spec));

    /// <summary>The YAML download from the JSON download's text, when that is already written.</summary>
    public static string Yaml(string json) => JsonAsYaml.Convert(json);

    private static string Write(LoadedSpec spec, Func<TextWriter, OpenApiWriterBase> writerFor)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var writer = writerFor(text);
        switch (spec.SpecVersion)
        {
            case "2.0":
                spec.Document.SerializeAsV2(writer);
                break;
            case "3.0":
                spec.Document.SerializeAsV3(writer);
                break;
            case "3.2":
                spec.Document.SerializeAsV32(writer);
                break;
            default:
                spec.Document.SerializeAsV31(writer);
                break;
        }

        text.Flush();
        return text.ToString().TrimEnd('\n') + "\n";
    }
}
