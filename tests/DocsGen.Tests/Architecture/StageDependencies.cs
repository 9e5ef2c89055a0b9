using System.Reflection;
using System.Reflection.Emit;

namespace DocsGen.Tests.Architecture;

/// <summary>
/// Which stage folder of the engine uses which, read from the compiled assembly: a stage is the namespace
/// segment after "DocsGen." (namespaces follow folders), and a type uses every type named in its signatures,
/// its base types and the instructions of its method bodies (calls, fields, `new`, casts, typeof). Reading
/// the IL, not the source's `using`s, also catches a reference written as <c>Files.FileFacts</c> or fully
/// qualified, and ignores a `using` nobody needs.
/// </summary>
internal static class StageDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Every use of one stage by another, as (from stage, to stage) with one type-level example each.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Of(Assembly assembly)
    {
        var edges = new SortedDictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            if (StageOf(type) is not { } from)
            {
                continue;
            }

            foreach (var used in TypesUsedBy(type))
            {
                if (StageOf(used) is { } to && to != from)
                {
                    edges.TryAdd((from, to), $"{Describe(type)} uses {Describe(used)}");
                }
            }
        }

        return edges;
    }

    /// <summary>"Build" for DocsGen.Build.SiteBuilder and for its compiler-made nested types; null outside the engine's stages.</summary>
    public static string? StageOf(Type type)
    {
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith("DocsGen.", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns["DocsGen.".Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    private static string Describe(Type type) => (type.DeclaringType is { } outer && type.Name.StartsWith('<') ? Describe(outer) : type.FullName ?? type.Name);

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(all).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        named.AddRange(type.GetEvents(all).Select(e => e.EventHandlerType));
        var methods = type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)).ToList();
        foreach (var method in methods)
        {
            if (method is MethodInfo info)
            {
                named.Add(info.ReturnType);
            }

            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            named.AddRange(TypesInBody(method));
        }

        return named.OfType<Type>().SelectMany(Flatten);
    }

    /// <summary>The type itself and, for List&lt;Page&gt;, Page[] or ref Page, the types inside it.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().Where(a => !a.IsGenericParameter).SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opcode = OpCodesByValue[value];
            var size = OperandSize(opcode.OperandType, il, at);
            if (opcode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                Type? used = null;
                try
                {
                    used = method.Module.ResolveMember(token, typeArguments, methodArguments) switch
                    {
                        Type t => t,
                        MemberInfo m => m.DeclaringType,
                        _ => null,
                    };
                }
                catch (ArgumentException)
                {
                    // A token the runtime cannot resolve out of its generic context: it names no engine stage we could miss
                    // (the same type appears in the signature it came from).
                }

                if (used is not null)
                {
                    yield return used;
                }
            }

            at += size;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
