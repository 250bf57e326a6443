using System.Collections.ObjectModel;

namespace Gamification.Domain.Progress;

/// <summary>Collections that state creates on first use: until then they read as shared empty ones, and an empty one set from outside is kept as none.</summary>
internal static class Created
{
    public static IReadOnlyList<T> OrEmpty<T>(List<T>? items) => items is null ? [] : items;

    public static IReadOnlyDictionary<TKey, TValue> OrEmpty<TKey, TValue>(Dictionary<TKey, TValue>? items) where TKey : notnull =>
        items is null ? ReadOnlyDictionary<TKey, TValue>.Empty : items;

    public static List<T>? OrNull<T>(IReadOnlyList<T>? items) =>
        items is null || items.Count == 0 ? null : items as List<T> ?? [.. items];

    public static Dictionary<TKey, TValue>? OrNull<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? items) where TKey : notnull =>
        items is null || items.Count == 0 ? null : items as Dictionary<TKey, TValue> ?? new(items);
}
