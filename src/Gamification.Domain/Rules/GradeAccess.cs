namespace Gamification.Domain.Rules;

/// <summary>Which user types a grade is open to (seed 004's <c>user_type_access</c>).</summary>
public enum GradeAccess
{
    All,
    Free,
    Paid,
}
