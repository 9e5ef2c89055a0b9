namespace DocsGen.Markdown.Highlighting.Lexers;

internal static class CFamilyLanguages
{
    private const string JavaScriptKeywords =
        "async await break case catch class const continue debugger default delete do else export extends " +
        "finally for from function get if import in instanceof let new of return set static super switch " +
        "this throw try typeof var void while with yield";

    public static CFamilyLanguage JavaScript { get; } = new()
    {
        Keywords = new(JavaScriptKeywords),
        Literals = new("true false null undefined NaN Infinity"),
        Types = WordSet.Empty,
        TypeIntroducers = new("class extends new instanceof"),
        DollarInIdentifiers = true,
        JavaScriptLiterals = true,
        Annotations = true,
    };

    public static CFamilyLanguage TypeScript { get; } = JavaScript with
    {
        Keywords = new(JavaScriptKeywords + " abstract as asserts declare enum implements infer interface is keyof " +
            "module namespace override private protected public readonly satisfies type unique"),
        Types = new("any bigint boolean never number object string symbol unknown void"),
        TypeIntroducers = new("class extends new instanceof implements interface type enum as satisfies keyof"),
    };

    public static CFamilyLanguage CSharp { get; } = new()
    {
        Keywords = new(
            "abstract add and as async await base break case catch checked class const continue default delegate do " +
            "else enum event explicit extern file finally fixed for foreach get global goto if implicit in init " +
            "interface internal is let lock managed nameof namespace new not operator or out override params " +
            "partial private protected public readonly record ref remove required return scoped sealed set sizeof " +
            "stackalloc static struct switch this throw try typeof unchecked unmanaged unsafe using value var " +
            "virtual volatile when where while with yield"),
        Literals = new("true false null default"),
        Types = new("bool byte char decimal double dynamic float int long nint nuint object sbyte short string uint ulong ushort void"),
        TypeIntroducers = new("class struct interface enum record new is as typeof nameof sizeof"),
        CSharpStrings = true,
        Preprocessor = true,
        BracketAttributes = true,
    };

    public static CFamilyLanguage Java { get; } = new()
    {
        Keywords = new(
            "abstract assert break case catch class const continue default do else enum exports extends final " +
            "finally for goto if implements import instanceof interface module native new non-sealed package " +
            "permits private protected public record requires return sealed static strictfp super switch " +
            "synchronized this throw throws transient try var volatile while yield"),
        Literals = new("true false null"),
        Types = new("boolean byte char double float int long short void"),
        TypeIntroducers = new("class interface enum record extends implements new instanceof throws"),
        DollarInIdentifiers = true,
        TextBlocks = true,
        Annotations = true,
    };

    public static CFamilyLanguage Go { get; } = new()
    {
        Keywords = new(
            "break case chan const continue default defer else fallthrough for func go goto if import interface " +
            "map package range return select struct switch type var"),
        Literals = new("true false nil iota"),
        Types = new(
            "any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune " +
            "string uint uint8 uint16 uint32 uint64 uintptr"),
        TypeIntroducers = new("type"),
        BacktickRawStrings = true,
        // Go capitalises every exported name, functions and fields included.
        CapitalisedAreTypes = false,
    };
}
