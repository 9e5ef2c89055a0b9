using DocsGen.SampleParsing;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Samples;

/// <summary>A guide's request sample with the operation it was bound to, as the static check found it.</summary>
internal sealed record BoundSample(GuideCodeBlock Block, HttpSample Sample, SpecOperation Operation, string Path);
