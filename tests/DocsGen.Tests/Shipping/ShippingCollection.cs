namespace DocsGen.Tests.Shipping;

/// <summary>
/// The shipping tests run alone, after the others: `dotnet pack` with ReadyToRun compilation and the
/// tool installs are whole-machine work, and on two shared cores they starve (and are starved by)
/// the tests running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ShippingCollection
{
    public const string Name = "Shipping";
}
