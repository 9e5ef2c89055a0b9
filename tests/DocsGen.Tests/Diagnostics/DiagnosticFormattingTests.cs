using DocsGen.Diagnostics;

namespace DocsGen.Tests.Diagnostics;

public sealed class DiagnosticFormattingTests
{
    [Fact]
    public void Diagnostic_prints_file_line_column_code_and_hint()
    {
        var d = new Diagnostic(DiagnosticCodes.ConfigUnknownKey, Severity.Error, "Unknown key 'titel'.",
            new SourceLocation("docsgen.yml", 3, 1), "Did you mean 'title'?");

        Assert.Equal("docsgen.yml:3:1: error DG1003: Unknown key 'titel'. Hint: Did you mean 'title'?", d.ToString());
    }

    [Fact]
    public void Bag_orders_by_location_whatever_the_insertion_order()
    {
        var bag = new DiagnosticBag();
        bag.Error("DG2", "b", new SourceLocation("b.md", 1, 1));
        bag.Warning("DG1", "a2", new SourceLocation("a.md", 9, 1));
        bag.Error("DG1", "a1", new SourceLocation("a.md", 2, 5));

        Assert.Equal(["a1", "a2", "b"], bag.ToList().Select(d => d.Message));
        Assert.True(bag.HasErrors);
    }
}
