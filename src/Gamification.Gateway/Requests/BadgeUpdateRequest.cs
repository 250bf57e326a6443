using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 004's <c>PUT /admin/badges/{badge_id}</c>: a special badge's new name and description.</summary>
public sealed record BadgeUpdateRequest([property: Required] string? Name, string? Description) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Text(Name, "name", BadgeRequest.MaxName);
        errors.Text(Description, "description", BadgeRequest.MaxDescription, required: false);
    }
}
