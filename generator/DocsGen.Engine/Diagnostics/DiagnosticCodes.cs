namespace DocsGen.Diagnostics;

/// <summary>
/// Every diagnostic code DocsGen emits. Codes are stable: never renumber, only add.
/// Ranges: DG1xxx configuration, DG2xxx content and Markdown, DG3xxx OpenAPI, DG4xxx links,
/// DG5xxx code samples, DG6xxx coverage, DG7xxx API diff, DG8xxx theme and output.
/// </summary>
public static class DiagnosticCodes
{
    // DG1xxx configuration
    public const string ConfigMissing = "DG1001";
    public const string ConfigSyntax = "DG1002";
    public const string ConfigUnknownKey = "DG1003";
    public const string ConfigWrongType = "DG1004";
    public const string ConfigInvalidValue = "DG1005";
    public const string ConfigNoVersions = "DG1006";
    public const string ConfigMissingVersionFolder = "DG1007";
    public const string ConfigOutputOverlapsSources = "DG1008";
    public const string ConfigPathOutsideRoots = "DG1009";

    // DG1020-DG1029 scale-out: `build --only` parts and `docsgen merge`
    /// <summary>`build --only` names a version docsgen.yml does not define.</summary>
    public const string PartUnknownVersion = "DG1020";
    /// <summary>A folder given to `merge` is not a part (no or unreadable .docsgen-part.json, another format).</summary>
    public const string PartManifestMissing = "DG1021";
    /// <summary>The parts were built from different config, content, settings or DocsGen versions.</summary>
    public const string PartsFromDifferentSites = "DG1022";
    /// <summary>A version is in more than one part.</summary>
    public const string PartVersionTwice = "DG1023";
    /// <summary>A version of the site is in no part.</summary>
    public const string PartVersionMissing = "DG1024";
    /// <summary>A part's files differ from its manifest (added, removed, a link) or two parts hold one file.</summary>
    public const string PartFilesAltered = "DG1025";
    /// <summary>The merge's output folder is, holds or is inside a part.</summary>
    public const string MergeOutputOverlapsParts = "DG1026";

    // DG1030-DG1039 generated reference pages
    public const string ReferenceUnknown = "DG1030";

    // DG2xxx content and Markdown
    public const string FrontMatterSyntax = "DG2001";
    public const string FrontMatterUnknownKey = "DG2002";
    public const string FrontMatterWrongType = "DG2003";
    public const string NotUtf8 = "DG2004";
    public const string UnreadableFile = "DG2005";
    public const string DuplicateOutputPath = "DG2006";
    public const string IncludeFileMissing = "DG2007";
    public const string IncludeRegionMissing = "DG2008";
    public const string LinkToMissingPage = "DG2009";
    public const string UnknownConstruct = "DG2010";
    public const string FileTooLarge = "DG2011";
    public const string MissingTitle = "DG2012";
    public const string LinkToMissingAnchor = "DG2013";
    public const string UnresolvedApiReference = "DG2014";
    public const string UnresolvedSchemaReference = "DG2015";
    public const string MissingAsset = "DG2016";
    public const string MarkdownTooDeep = "DG2017";
    public const string ReadOutsideRoots = "DG2018";
    public const string NotRegularFile = "DG2019";
    public const string MarkdownDialectSyntax = "DG2020";
    public const string MarkdownDialectUnsupported = "DG2021";

    // DG2030-DG2039 real projects: MkDocs snippets, Docusaurus components, import
    public const string SnippetMissing = "DG2030";
    public const string SnippetNotIncluded = "DG2031";
    public const string ImportSourceInvalid = "DG2032";
    public const string ImportPageSkipped = "DG2033";
    public const string NavPageMissing = "DG2034";
    public const string AliasNotWritten = "DG2035";
    public const string HugoParamMissing = "DG2036";
    public const string HugoParamsNotImported = "DG2038";

    // DG3xxx OpenAPI
    public const string SpecMissing = "DG3001";
    public const string SpecInvalid = "DG3002";
    public const string SpecUnresolvedRef = "DG3003";
    public const string SpecDuplicateOperationId = "DG3004";
    public const string SpecWarning = "DG3005";
    public const string SpecUnsupportedVersion = "DG3006";
    public const string SpecNotUtf8 = "DG3007";
    public const string SpecExternalRefMissing = "DG3008";
    public const string SpecDiagnosticsTruncated = "DG3009";
    public const string SpecNotModelled = "DG3010";
    public const string SpecRemoteRef = "DG3015";
    public const string ExampleNotGenerated = "DG3020";

    // DG4xxx links checked on the built site (`docsgen check`)
    public const string OutputLinkTargetMissing = "DG4001";
    public const string OutputLinkAnchorMissing = "DG4002";
    public const string OutputLinkOutsideSite = "DG4003";
    public const string ExternalLinkBroken = "DG4004";
    public const string ExternalLinkRedirected = "DG4005";
    public const string ExternalLinkUnreachable = "DG4006";
    public const string ExternalLinkRateLimited = "DG4007";
    public const string LinkCacheUnreadable = "DG4008";

    /// <summary>The spec could not be written back out as one of its downloads (JSON or YAML); that download is left out.</summary>
    public const string SpecDownloadFailed = "DG4010";

    // DG5xxx code samples checked against the spec (`docsgen check`)
    public const string SampleUnknownOperation = "DG5001";
    public const string SampleMethodMismatch = "DG5002";
    public const string SamplePathMismatch = "DG5003";
    public const string SamplePathParameterUnfilled = "DG5004";
    public const string SampleUnknownQueryParameter = "DG5005";
    public const string SampleMissingRequiredParameter = "DG5006";
    public const string SampleMissingAuth = "DG5007";
    public const string SampleBodyInvalid = "DG5008";
    public const string SampleResponseInvalid = "DG5009";
    public const string SampleResponseUndeclared = "DG5010";
    public const string SampleDeprecatedOperation = "DG5011";
    public const string SampleDeprecatedParameter = "DG5012";
    public const string SampleResponseNotJson = "DG5013";
    public const string SpecExampleInvalid = "DG5014";
    public const string SampleUndocumentedProperty = "DG5015";
    public const string SampleRunStatusUndocumented = "DG5016";
    public const string SampleRunResponseInvalid = "DG5017";
    public const string SampleRunSkipped = "DG5018";
    public const string SampleRunFailed = "DG5019";
    public const string SampleNotChecked = "DG5020";
    public const string SampleParameterInvalid = "DG5021";
    public const string SampleUnknownHeader = "DG5022";
    public const string SampleWrongCredentials = "DG5023";
    public const string SampleContentTypeNotAccepted = "DG5024";
    public const string SampleMissingBody = "DG5025";
    public const string SampleUnexpectedBody = "DG5026";
    public const string SampleUnknownCookie = "DG5027";

    // DG5030-DG5039 samples that cannot run as written
    public const string SampleSyntaxError = "DG5030";
    public const string SampleUnknownHost = "DG5031";

    // DG5040-DG5049 runnable command blocks (`docsgen check --run-commands`)
    public const string CommandOutputMismatch = "DG5040";
    public const string CommandFailed = "DG5041";
    public const string CommandTimedOut = "DG5042";
    public const string CommandsCannotRun = "DG5043";
    public const string CommandOutputWithoutRun = "DG5044";
    public const string CommandEndedBeforeUntil = "DG5045";

    // DG6xxx endpoint coverage
    public const string CoverageBelowMinimum = "DG6001";

    // DG8xxx theme and output
    public const string TemplateMissing = "DG8001";
    public const string TemplateSyntax = "DG8002";
    public const string TemplateRuntime = "DG8003";
    public const string OutputWriteFailed = "DG8004";
    public const string SitemapSkipped = "DG8005";
    public const string AssetNotMinified = "DG8006";

    // DG8010-DG8019 build graph (templates under --strict)
    public const string TemplateUnknownName = "DG8010";

    // DG9001-DG9009 serve and output hardening
    public const string OutputCleanupFailed = "DG9001";

    // DG9012-DG9014 the build cache (.docsgen/cache)
    /// <summary>A cache entry was refused (its signature does not match: edited, truncated, or made with another key); the API is built anew.</summary>
    public const string CacheEntryIgnored = "DG9012";

    /// <summary>The build cache was not used or not written (its folder is a link, the disk refused the write, no key to sign with).</summary>
    public const string CacheNotUsed = "DG9013";
}
