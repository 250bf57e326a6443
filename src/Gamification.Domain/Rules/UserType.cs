namespace Gamification.Domain.Rules;

/// <summary>The kind of account, which decides the grades a user can reach (seed 004).</summary>
public enum UserType
{
    Free,
    Paid,
}
