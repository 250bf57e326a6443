using Gamification.Contracts.Awards;

namespace Gamification.Contracts.Modules;

/// <summary>The user's message count in the module after the message, and what the message earned.</summary>
/// <param name="Duplicate">The message key was seen before: nothing counted or awarded again.</param>
/// <param name="Awards">The per-message award and any milestone awards or badges, in order.</param>
public sealed record MessageResult(string UserId, int MessageCount, bool Duplicate, IReadOnlyList<AwardResult> Awards);
