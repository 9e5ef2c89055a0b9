using DocsGen.Rendering;
using Scriban;
using Scriban.Runtime;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// The page renderer's template contexts are reset between pages, and Scriban's reset drops the member accessors it
/// made: the renderer's contexts keep theirs (<see cref="MemberAccessors"/>), so a model type is reflected over once
/// per build, not once per page.
/// </summary>
public sealed class MemberAccessorsTests
{
    public sealed record Operation(string Name, IReadOnlyList<Parameter> Parameters);

    public sealed record Parameter(string Name, bool Required);

    private static readonly Template Page = Template.Parse("{{ op.name }}:{{ for p in op.parameters }} {{ p.name }}{{ if p.required }}*{{ end }}{{ end }}");

    [Fact]
    public void Pages_after_a_reset_and_on_another_thread_reuse_the_accessors_the_first_page_made()
    {
        var accessors = new MemberAccessors();
        var context = new PageContext(accessors) { EnableRelaxedMemberAccess = true };

        Assert.Equal("list: limit watch*", Render(context, new Operation("list", [new("limit", false), new("watch", true)])));
        var afterFirstPage = accessors.Made;
        Assert.Equal("read: pretty", Render(context, new Operation("read", [new("pretty", false)])));
        var otherThread = new PageContext(accessors) { EnableRelaxedMemberAccess = true };
        Assert.Equal("delete: dryRun*", Render(otherThread, new Operation("delete", [new("dryRun", true)])));

        // At least the two model types; none made again for the later pages.
        Assert.InRange(afterFirstPage, 2, 10);
        Assert.Equal(afterFirstPage, accessors.Made);
    }

    private static string Render(TemplateContext context, Operation operation)
    {
        context.Reset();
        context.PushGlobal(new ScriptObject { ["op"] = operation });
        return Page.Render(context);
    }
}
