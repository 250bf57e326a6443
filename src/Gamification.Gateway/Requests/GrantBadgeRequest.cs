using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 004's <c>POST /admin/users/{user_id}/badges</c>: grant a special badge.</summary>
public sealed record GrantBadgeRequest([property: Required] string? BadgeId) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors) => errors.Id(BadgeId, "badge_id");
}
