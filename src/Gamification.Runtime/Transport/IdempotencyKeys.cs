using System.Collections.Concurrent;
using System.Reflection;

namespace Gamification.Runtime;

/// <summary>Finds the idempotency key among a call's arguments (a string property named <c>IdempotencyKey</c>), for the envelope.</summary>
internal static class IdempotencyKeys
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Properties = new();

    public static string? Of(object?[] arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument is null || argument is string || argument.GetType().IsPrimitive)
                continue;
            var property = Properties.GetOrAdd(argument.GetType(), static t => t.GetProperty("IdempotencyKey") is { PropertyType: var p } found && p == typeof(string) ? found : null);
            if (property?.GetValue(argument) is string key)
                return key;
        }
        return null;
    }
}
