namespace DocsGen.Checks.External;

/// <summary>How politely and how long the external link check asks other hosts.</summary>
public sealed record ExternalCheckSettings
{
    public int PerHostConcurrency { get; init; } = 2;

    public int GlobalConcurrency { get; init; } = 16;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra attempts after a timeout, a dropped connection, a 429 or a 502/503/504.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>First retry waits this long, each later one twice as long.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the link is reported as rate limited.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    public int MaxRedirects { get; init; } = 10;

    /// <summary>The JSON cache file; null disables caching.</summary>
    public string? CachePath { get; init; }

    public TimeSpan OkExpiry { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan FailureExpiry { get; init; } = TimeSpan.FromHours(1);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
