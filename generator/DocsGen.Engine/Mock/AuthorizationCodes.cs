namespace DocsGen.Mock;

/// <summary>
/// The codes the mock's /__oauth/authorize handed out, each with its PKCE challenge, until /__oauth/token redeems
/// them. Bounded: a code expires after <see cref="Lifetime"/>, and past <see cref="Capacity"/> codes the oldest is
/// dropped, so a page calling authorize in a loop cannot grow the server's memory.
/// </summary>
internal sealed class AuthorizationCodes(TimeProvider clock)
{
    public const int Capacity = 1000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _codes = new(StringComparer.Ordinal);
    private readonly Queue<string> _issued = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _codes.Count;
            }
        }
    }

    public void Add(string code, string? challenge)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            // Codes leave in the order they came: drop redeemed and expired ones from the front, and the oldest while full.
            while (_issued.TryPeek(out var oldest)
                   && (_issued.Count >= Capacity || !_codes.TryGetValue(oldest, out var entry) || entry.Expires <= now))
            {
                _codes.Remove(_issued.Dequeue());
            }

            _codes[code] = new Entry(challenge, now + Lifetime);
            _issued.Enqueue(code);
        }
    }

    /// <summary>Takes the code out (it can be redeemed once); false when unknown or expired.</summary>
    public bool TryRedeem(string code, out string? challenge)
    {
        lock (_gate)
        {
            challenge = null;
            if (!_codes.Remove(code, out var entry) || entry.Expires <= clock.GetUtcNow())
            {
                return false;
            }

            challenge = entry.Challenge;
            return true;
        }
    }

    private sealed record Entry(string? Challenge, DateTimeOffset Expires);
}
