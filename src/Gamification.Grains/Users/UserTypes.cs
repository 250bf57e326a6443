using Gamification.Domain.Rules;

namespace Gamification.Grains.Users;

/// <summary>Account types as callers spell them.</summary>
internal static class UserTypes
{
    public static UserType Parse(string value) =>
        Enum.TryParse<UserType>(value, ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : throw new ArgumentException($"user_type must be Free or Paid (is '{value}')", "user_type");
}
