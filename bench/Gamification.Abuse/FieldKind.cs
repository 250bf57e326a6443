namespace Gamification.Abuse;

/// <summary>What a field of a request holds, which decides how it is poisoned.</summary>
public enum FieldKind
{
    /// <summary>An id (user, action, module, key): poisoned with hostile ids.</summary>
    Id,

    /// <summary>A whole number: poisoned with numbers out of range and of the wrong type.</summary>
    Number,

    /// <summary>One of a few words: poisoned with other words and types.</summary>
    Word,
}
