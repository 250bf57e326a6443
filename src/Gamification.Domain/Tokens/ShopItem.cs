namespace Gamification.Domain.Tokens;

/// <summary>An unlock sold for tokens (seed 003's <c>dgt_unlocks</c>).</summary>
/// <param name="Id">The item's id as apps send it (<c>custom_title</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Price">Tokens per purchase.</param>
/// <param name="Stackable">Whether a user may buy it more than once; otherwise each user owns it at most once.</param>
/// <param name="Description">What it unlocks, for people reading the shop.</param>
/// <param name="Effect">What buying it does beyond owning it (a boost, freezes), or null for a plain unlock.</param>
public sealed record ShopItem(string Id, string Name, long Price, bool Stackable, string? Description = null, ShopEffect? Effect = null);
