using DocsGen.Markdown.Highlighting;
using static DocsGen.Tests.Highlighting.HighlightedHtml;

namespace DocsGen.Tests.Highlighting;

/// <summary>What each language's fixture snippet is coloured as, a few tokens at a time.</summary>
public sealed class LanguageTokenTests
{
    private static string Fixture(string language) => SyntaxHighlighter.Highlight(HighlightFixtures.Read(language), language);

    private static void AssertToken(string html, string expectedClass, string text) =>
        Assert.True(ClassesOf(html, text).Contains(expectedClass),
            $"expected '{text}' as {expectedClass}, found [{string.Join(", ", ClassesOf(html, text))}]");

    private static void AssertNoTokenContaining(string html, string cls, string fragment) =>
        Assert.DoesNotContain(Tokens(html), t => t.Class == cls && t.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void Bash_colours_commands_flags_variables_strings_and_comments()
    {
        var html = Fixture("bash");

        AssertToken(html, "tok-meta", "#!/usr/bin/env bash");
        AssertToken(html, "tok-com", "# Create a pet, then list pets.");
        AssertToken(html, "tok-com", "# base URL");
        AssertToken(html, "tok-fn", "curl");
        AssertToken(html, "tok-fn", "grep");
        AssertToken(html, "tok-attr", "-X");
        AssertToken(html, "tok-attr", "--header");
        AssertToken(html, "tok-var", "API_URL");
        AssertToken(html, "tok-var", "$API_URL");
        AssertToken(html, "tok-var", "${TOKEN}");
        AssertToken(html, "tok-var", "${API_TOKEN:-secret}");
        AssertToken(html, "tok-kw", "for");
        AssertToken(html, "tok-kw", "done");
        AssertToken(html, "tok-str", "'{\"name\": \"Rex # not a comment\"}'");
        AssertToken(html, "tok-str", "'^#'");
        AssertNoTokenContaining(html, "tok-com", "not a comment");
    }

    [Fact]
    public void Bash_heredoc_body_is_one_string_up_to_its_terminator()
    {
        var html = Fixture("bash");

        AssertToken(html, "tok-str", "{\"note\": \"$HOME is expanded # here\"}");
        AssertToken(html, "tok-meta", "EOF");
        AssertNoTokenContaining(html, "tok-com", "# here");
        AssertToken(html, "tok-fn", "echo"); // the line after the terminator is a command again
    }

    [Fact]
    public void Console_prompt_is_meta_and_output_lines_stay_plain()
    {
        var html = Fixture("console");

        Assert.Equal(3, Tokens(html).Count(t => t is ("tok-meta", "$")));
        AssertToken(html, "tok-fn", "curl");
        AssertToken(html, "tok-fn", "export");
        AssertToken(html, "tok-attr", "-H");
        AssertToken(html, "tok-var", "$TOKEN");
        AssertToken(html, "tok-var", "TOKEN"); // export TOKEN=abc123
        // Program output is not lexed as a command: no key or string tokens in the JSON it prints.
        AssertNoTokenContaining(html, "tok-str", "status");
        AssertNoTokenContaining(html, "tok-fn", "{\"status\":");
        Assert.Contains("\n{\"status\": \"ok\"}\n", html);
    }

    [Fact]
    public void Json_keys_are_keys_and_values_are_strings_numbers_and_literals()
    {
        var html = Fixture("json");

        AssertToken(html, "tok-key", "\"name\"");
        AssertToken(html, "tok-str", "\"Rex\"");
        AssertToken(html, "tok-num", "42");
        AssertToken(html, "tok-num", "-3.5e2");
        AssertToken(html, "tok-num", "0xFF");
        AssertToken(html, "tok-lit", "null");
        AssertToken(html, "tok-lit", "true");
        AssertToken(html, "tok-str", "\"good boy\"");
        AssertToken(html, "tok-str", "\"quote \\\" and backslash \\\\ and <b>&amp;</b>\"");
        AssertToken(html, "tok-com", "// JSONC allows comments");
        AssertToken(html, "tok-com", "/* block\n  comment */");
        AssertToken(html, "tok-key", "nickname");
        AssertToken(html, "tok-str", "'json5 style'");
        Assert.Empty(ClassesOf(html, "{")); // punctuation stays plain text
    }

    [Fact]
    public void Yaml_keys_scalars_comments_and_block_scalars()
    {
        var html = Fixture("yaml");

        AssertToken(html, "tok-meta", "%YAML 1.2");
        AssertToken(html, "tok-meta", "---");
        AssertToken(html, "tok-com", "# An OpenAPI fragment");
        AssertToken(html, "tok-key", "openapi");
        AssertToken(html, "tok-key", "/pets/{petId}");
        AssertToken(html, "tok-key", "name"); // after a "- " sequence indicator
        AssertToken(html, "tok-key", "$ref");
        AssertToken(html, "tok-str", "\"Pet Store\"");
        AssertToken(html, "tok-str", "getPet");
        AssertToken(html, "tok-num", "0.75");
        AssertToken(html, "tok-str", "3.1.0"); // a version, not a number
        AssertToken(html, "tok-lit", "true");
        AssertToken(html, "tok-lit", "false");
        AssertToken(html, "tok-str", "'#/components/parameters/Limit'");
        AssertToken(html, "tok-com", "# a comment");
        AssertToken(html, "tok-op", "|");
        AssertToken(html, "tok-str", "A multi-line description.\n    It keeps: colons and # hashes.");
        AssertToken(html, "tok-op", ">-");
        AssertToken(html, "tok-str", "Folded text\n        continues here");
        AssertToken(html, "tok-key", "x-ratio"); // the key after the block scalar is a key again
        AssertToken(html, "tok-var", "&id");
        AssertToken(html, "tok-var", "*id");
        AssertToken(html, "tok-type", "!!str");
        AssertToken(html, "tok-key", "type"); // inside a flow mapping
        AssertToken(html, "tok-str", "\"read only\"");
        AssertNoTokenContaining(html, "tok-com", "hashes");
    }

    [Fact]
    public void Http_start_lines_headers_and_json_bodies()
    {
        var html = Fixture("http");

        AssertToken(html, "tok-meta", "POST");
        AssertToken(html, "tok-str", "/v1/pets?dryRun=true");
        AssertToken(html, "tok-meta", "HTTP/1.1");
        AssertToken(html, "tok-key", "Content-Type");
        AssertToken(html, "tok-key", "Authorization");
        AssertToken(html, "tok-str", "application/json");
        AssertToken(html, "tok-num", "201");
        AssertToken(html, "tok-key", "Location");
        // Both bodies are JSON.
        AssertToken(html, "tok-key", "\"name\"");
        AssertToken(html, "tok-key", "\"id\"");
        AssertToken(html, "tok-num", "42");
        AssertToken(html, "tok-str", "\"Rex\"");
        Assert.Equal(2, Tokens(html).Count(t => t is ("tok-meta", "HTTP/1.1")));
    }

    [Fact]
    public void JavaScript_template_literals_regexes_and_keywords()
    {
        var html = Fixture("javascript");

        AssertToken(html, "tok-com", "// Fetch a pet and print its name.");
        AssertToken(html, "tok-com", "/**\n * Multi-line doc comment.\n */");
        AssertToken(html, "tok-kw", "async");
        AssertToken(html, "tok-kw", "const");
        AssertToken(html, "tok-str", "'node:fs/promises'");
        AssertToken(html, "tok-num", "0x1F");
        AssertToken(html, "tok-num", "1_000");
        AssertToken(html, "tok-num", "3.14e-2");
        AssertToken(html, "tok-num", "10n");
        AssertToken(html, "tok-fn", "getPet");
        AssertToken(html, "tok-str", "`");
        AssertToken(html, "tok-var", "${BASE_URL}");
        AssertToken(html, "tok-var", "${encodeURIComponent(\"a b\")}");
        AssertToken(html, "tok-str", "/^[a-z]+\\/\\d{2}$/gi");
        AssertToken(html, "tok-type", "PetClient");
        AssertToken(html, "tok-type", "EventTarget");
        Assert.Empty(ClassesOf(html, "BASE_URL")); // a constant, not a type
        AssertToken(html, "tok-attr", "@logged");
        AssertToken(html, "tok-lit", "null");
        AssertToken(html, "tok-lit", "undefined");
        AssertToken(html, "tok-str", "'it\\'s'");
        // Division after an operand is an operator, not the start of a regex.
        AssertToken(html, "tok-op", "/");
        AssertNoTokenContaining(html, "tok-str", "/ 2 /");
    }

    [Fact]
    public void TypeScript_types_and_keywords()
    {
        var html = Fixture("typescript");

        AssertToken(html, "tok-kw", "interface");
        AssertToken(html, "tok-type", "PetQuery");
        AssertToken(html, "tok-type", "number");
        AssertToken(html, "tok-type", "string");
        AssertToken(html, "tok-kw", "type");
        AssertToken(html, "tok-type", "PetId");
        AssertToken(html, "tok-type", "Promise");
        AssertToken(html, "tok-kw", "readonly");
        AssertToken(html, "tok-attr", "@Component");
        AssertToken(html, "tok-var", "${query.limit ?? 20}");
        AssertToken(html, "tok-fn", "listPets");
        AssertToken(html, "tok-com", "/* nothing */");
    }

    [Fact]
    public void Python_strings_decorators_and_definitions()
    {
        var html = Fixture("python");

        AssertToken(html, "tok-com", "#!/usr/bin/env python3");
        AssertToken(html, "tok-str", "\"\"\"Client for the pet store.\n\nMulti-line docstring with 'quotes' and # hashes.\n\"\"\"");
        AssertToken(html, "tok-attr", "@dataclass");
        AssertToken(html, "tok-kw", "class");
        AssertToken(html, "tok-type", "Pet");
        AssertToken(html, "tok-kw", "def");
        AssertToken(html, "tok-fn", "get_pet");
        AssertToken(html, "tok-type", "int");
        AssertToken(html, "tok-var", "{API_URL}");
        AssertToken(html, "tok-var", "{pet_id}");
        AssertToken(html, "tok-str", "?x={{literal}}\"");
        AssertToken(html, "tok-str", "r'C:\\path\\to\\file'");
        AssertToken(html, "tok-str", "b'\\x00\\xff'");
        AssertToken(html, "tok-num", "1_000.5e-3");
        AssertToken(html, "tok-num", "2j");
        AssertToken(html, "tok-lit", "None");
        AssertToken(html, "tok-lit", "True");
        AssertToken(html, "tok-com", "# Build the URL with an f-string.");
        AssertNoTokenContaining(html, "tok-com", "not a comment");
        AssertNoTokenContaining(html, "tok-com", "hashes");
    }

    [Fact]
    public void CSharp_verbatim_raw_and_interpolated_strings()
    {
        var html = Fixture("csharp");

        AssertToken(html, "tok-meta", "#nullable enable");
        AssertToken(html, "tok-com", "/// <summary>Calls the pet store API.</summary>");
        AssertToken(html, "tok-kw", "sealed");
        AssertToken(html, "tok-type", "PetClient");
        AssertToken(html, "tok-type", "HttpClient");
        AssertToken(html, "tok-type", "string");
        AssertToken(html, "tok-attr", "Obsolete");
        Assert.Empty(ClassesOf(html, "BasePath").Except(["tok-var"])); // declared name after its type
        AssertToken(html, "tok-str", "$\"");
        AssertToken(html, "tok-var", "{BasePath}");
        AssertToken(html, "tok-var", "{Uri.EscapeDataString(\"a b\")}");
        AssertToken(html, "tok-str", "&literal={{x}}\"");
        AssertToken(html, "tok-str", "@\"C:\\pets\\\"\"quoted\"\"\"");
        AssertToken(html, "tok-str", "\"\"\"\n            { \"name\": \"Rex\" }\n            \"\"\"");
        AssertToken(html, "tok-var", "{{id}}");
        AssertToken(html, "tok-num", "0xFF_FF");
        AssertToken(html, "tok-num", "1_000L");
        AssertToken(html, "tok-num", "3.5e-2d");
        AssertToken(html, "tok-str", "'c'");
        AssertToken(html, "tok-fn", "GetPetAsync");
        AssertToken(html, "tok-lit", "null");
        AssertToken(html, "tok-lit", "true");
        AssertToken(html, "tok-kw", "record");
        AssertToken(html, "tok-type", "Pet");
    }

    [Fact]
    public void Go_raw_strings_runes_and_types()
    {
        var html = Fixture("go");

        AssertToken(html, "tok-kw", "package");
        AssertToken(html, "tok-kw", "func");
        AssertToken(html, "tok-type", "int64");
        AssertToken(html, "tok-type", "error");
        AssertToken(html, "tok-type", "Pet");
        AssertToken(html, "tok-type", "Client"); // after '*'
        Assert.Empty(ClassesOf(html, "Name")); // an exported field, not a type
        AssertToken(html, "tok-str", "`json:\"id\"`");
        AssertToken(html, "tok-str", "'x'");
        AssertToken(html, "tok-str", "\"%s/pets/%d\"");
        AssertToken(html, "tok-lit", "nil");
        AssertToken(html, "tok-fn", "GetPet");
        AssertToken(html, "tok-fn", "Sprintf");
        AssertToken(html, "tok-op", ":=");
        AssertToken(html, "tok-com", "/* GetPet fetches\n   one pet. */");
        AssertToken(html, "tok-com", "// 0x1F 1_000");
    }

    [Fact]
    public void Java_annotations_text_blocks_and_types()
    {
        var html = Fixture("java");

        AssertToken(html, "tok-attr", "@SuppressWarnings");
        AssertToken(html, "tok-attr", "@Override");
        AssertToken(html, "tok-kw", "implements");
        AssertToken(html, "tok-type", "AutoCloseable");
        AssertToken(html, "tok-type", "List");
        AssertToken(html, "tok-type", "void");
        AssertToken(html, "tok-str", "\"\"\"\n            {\"limit\": %d}\n            \"\"\"");
        AssertToken(html, "tok-num", "0xFFL");
        AssertToken(html, "tok-num", "1_000_000L");
        AssertToken(html, "tok-str", "'\\n'");
        AssertToken(html, "tok-fn", "formatted");
        AssertToken(html, "tok-com", "// nothing yet");
    }

    [Fact]
    public void Html_tags_attributes_comments_and_script_content()
    {
        var html = Fixture("html");

        AssertToken(html, "tok-meta", "<!DOCTYPE html>");
        AssertToken(html, "tok-tag", "html");
        AssertToken(html, "tok-attr", "lang");
        AssertToken(html, "tok-str", "\"en\"");
        AssertToken(html, "tok-com", "<!-- A comment with <tags> inside -->");
        AssertToken(html, "tok-str", "main"); // unquoted attribute value
        AssertToken(html, "tok-str", "'single \"quoted\"'");
        Assert.Empty(ClassesOf(html, "/>")); // punctuation stays plain text
        // Script content is JavaScript, and a "</b>" inside a JS string does not end it.
        AssertToken(html, "tok-kw", "const");
        AssertToken(html, "tok-str", "\"</b> is not the end\"");
        AssertToken(html, "tok-num", "1");
    }

    [Fact]
    public void Xml_declarations_namespaces_and_cdata()
    {
        var html = Fixture("xml");

        AssertToken(html, "tok-meta", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        AssertToken(html, "tok-tag", "x:tags");
        AssertToken(html, "tok-attr", "xmlns:x");
        AssertToken(html, "tok-str", "<![CDATA[ <not> a tag & raw ]]>");
        AssertToken(html, "tok-com", "<!-- multi-line\n       comment -->");
        Assert.Empty(ClassesOf(html, "not"));
    }
}
