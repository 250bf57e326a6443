namespace Gamification.Domain.Rules;

/// <summary>One action of the catalog: what it earns and how often.</summary>
/// <param name="Name">The action's id as apps send it (<c>create_character</c>).</param>
/// <param name="Xp">XP per event; the default when a custom amount is allowed.</param>
/// <param name="DailyLimit">Events per UTC day that earn, counted for the recipient; null is unlimited.</param>
/// <param name="LifetimeLimit">Events that ever earn (1 for a one-off such as profile completion); null is unlimited.</param>
/// <param name="Cooldown">Minimum time between two earning events of this action; zero for none.</param>
/// <param name="Recipient">The actor or the creator of the target entity.</param>
/// <param name="Enabled">A disabled action is refused.</param>
/// <param name="ClientAllowed">Whether a user's own token may send it (a daily check-in), not only a service key.</param>
/// <param name="CustomAmount">When set, the caller may choose the amount within these bounds.</param>
/// <param name="Description">What the action rewards, for people reading the catalog.</param>
/// <param name="RegistersTarget">The actor creates the target (a new character), so later creator actions on it reach them.</param>
public sealed record ActionRule(
    string Name,
    int Xp,
    int? DailyLimit = null,
    int? LifetimeLimit = null,
    TimeSpan Cooldown = default,
    Recipient Recipient = Recipient.Self,
    bool Enabled = true,
    bool ClientAllowed = false,
    AmountRange? CustomAmount = null,
    string? Description = null,
    bool RegistersTarget = false);
