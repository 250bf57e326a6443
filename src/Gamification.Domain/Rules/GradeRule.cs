namespace Gamification.Domain.Rules;

/// <summary>A grade: reached at <paramref name="MinXp"/> by users its access admits.</summary>
public sealed record GradeRule(string Name, long MinXp, GradeAccess Access, string? AnimationAssetUrl = null)
{
    public bool Admits(UserType userType) =>
        Access == GradeAccess.All || (Access == GradeAccess.Paid) == (userType == UserType.Paid);
}
