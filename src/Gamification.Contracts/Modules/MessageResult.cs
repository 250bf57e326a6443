using Gamification.Contracts.Awards;

namespace Gamification.Contracts.Modules;

/// <summary>The user's message count in the module after the message, and what the message earned.</summary>
/// <param name="Duplicate">The message key was seen before: nothing counted or awarded again.</param>
/// <param name="Awards">The per-message award and any milestone awards or badges, in order.</param>
[GenerateSerializer, Alias("gamification.message-result")]
public sealed record MessageResult(
    [property: Id(0)] string UserId,
    [property: Id(1)] int MessageCount,
    [property: Id(2)] bool Duplicate,
    [property: Id(3)] IReadOnlyList<AwardResult> Awards);
