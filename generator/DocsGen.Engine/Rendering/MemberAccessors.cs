using System.Collections.Concurrent;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// Scriban's accessor of each type a template reads members of, made once for a renderer and shared by its threads'
/// contexts. An accessor depends only on the type and on the context's member renamer (the same for every context of a
/// renderer), and is only read once made.
/// </summary>
internal sealed class MemberAccessors
{
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _made = new();
    private int _count;

    /// <summary>How many accessors were made (tests: once per type, however many pages).</summary>
    public int Made => _count;

    public IObjectAccessor? For(Type type, Func<IObjectAccessor?> make)
    {
        if (_made.TryGetValue(type, out var accessor))
        {
            return accessor;
        }

        Interlocked.Increment(ref _count);
        return _made.GetOrAdd(type, make());
    }
}
