namespace Gamification.Contracts.Progress;

/// <summary>A user's current grade (seed 004's <c>current_grade</c>).</summary>
[GenerateSerializer, Immutable, Alias("gamification.grade-view")]
public sealed record GradeView([property: Id(0)] string Name, [property: Id(1)] string? AnimationAssetUrl);
