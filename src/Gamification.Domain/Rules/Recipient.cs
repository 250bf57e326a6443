namespace Gamification.Domain.Rules;

/// <summary>Who receives the XP of an action.</summary>
public enum Recipient
{
    /// <summary>The user who acted (creating a story).</summary>
    Self,

    /// <summary>The creator of the entity acted on (a like awards the character's creator).</summary>
    Creator,
}
