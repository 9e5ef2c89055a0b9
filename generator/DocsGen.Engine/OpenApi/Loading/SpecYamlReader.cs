using System.Text;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Microsoft.OpenApi's YAML reader with a faster front end: the text becomes the reader's JsonNode through
/// <see cref="YamlJson"/>, and the reader's JSON half reads that. Text the front end turns down goes to the
/// reader whole, so a broken spec is read, and reported, exactly as the reader alone would.
/// </summary>
internal sealed class SpecYamlReader(OpenApiYamlReaderSettings limits) : IOpenApiReader
{
    private readonly OpenApiYamlReader reader = new(limits);

    public async Task<ReadResult> ReadAsync(Stream input, Uri location, OpenApiReaderSettings settings, CancellationToken cancellationToken = default)
    {
        var buffered = input as MemoryStream;
        if (buffered is null)
        {
            buffered = new MemoryStream();
            await input.CopyToAsync(buffered, cancellationToken).ConfigureAwait(false);
            buffered.Position = 0;
        }

        return Read(buffered, location, settings);
    }

    public ReadResult Read(MemoryStream input, Uri location, OpenApiReaderSettings settings)
    {
        var start = input.Position;
        string text;
        using (var decoder = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: -1, leaveOpen: true))
        {
            text = decoder.ReadToEnd();
        }

        if (YamlJson.TryConvert(text, limits) is { } json)
        {
            return OpenApiYamlReader.Read(json, location, settings);
        }

        input.Position = start;
        return reader.Read(input, location, settings);
    }

    public T? ReadFragment<T>(MemoryStream input, OpenApiSpecVersion version, OpenApiDocument openApiDocument, out OpenApiDiagnostic diagnostic, OpenApiReaderSettings? settings = null)
        where T : IOpenApiElement =>
        reader.ReadFragment<T>(input, version, openApiDocument, out diagnostic, settings);
}
