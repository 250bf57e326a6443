using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>A user to keep off the app's boards (banned, staff).</summary>
public sealed record ExclusionRequest([property: Required] string? UserId) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors) => errors.Id(UserId, "user_id");
}
