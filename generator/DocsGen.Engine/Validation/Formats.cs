using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace DocsGen.Validation;

/// <summary>The string formats worth checking in API examples; unknown formats always pass.</summary>
internal static partial class Formats
{
    public static bool IsValid(string format, string text) => format switch
    {
        "date-time" => DateTimePattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "email" => IsEmail(text),
        "uuid" => Guid.TryParseExact(text, "D", out _),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        _ => true,
    };

    private static bool IsEmail(string text) =>
        !text.Contains(' ', StringComparison.Ordinal) && MailAddress.TryCreate(text, out var address) && address.Address == text;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
