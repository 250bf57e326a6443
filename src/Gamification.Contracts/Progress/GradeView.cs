namespace Gamification.Contracts.Progress;

/// <summary>A user's current grade (seed 004's <c>current_grade</c>).</summary>
public sealed record GradeView(string Name, string? AnimationAssetUrl);
