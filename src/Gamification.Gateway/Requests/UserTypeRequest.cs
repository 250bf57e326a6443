using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>A user's account type, which decides the grades open to them (seed 004).</summary>
public sealed record UserTypeRequest([property: Required] string? UserType) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors) => errors.OneOf(UserType, "user_type", "Free", "Paid");
}
