namespace DocsGen.Checks.External;

public enum ExternalStatus
{
    Ok,

    /// <summary>Answered after a permanent redirect (301/308): works, but the link should name the final URL.</summary>
    Moved,

    /// <summary>The host answered with a 4xx or 5xx status.</summary>
    Broken,

    /// <summary>No answer: connection refused or reset, DNS failure.</summary>
    Unreachable,

    /// <summary>No answer within the timeout.</summary>
    TimedOut,

    /// <summary>Still 429 Too Many Requests after waiting as the host asked.</summary>
    RateLimited,
}
