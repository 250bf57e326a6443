using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 004's <c>POST /admin/badges</c>: a special badge; without an id one is made from the name.</summary>
public sealed record BadgeRequest(string? Id, [property: Required] string? Name, string? Description) : IValidatedRequest
{
    public const int MaxName = 100;
    public const int MaxDescription = 500;

    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(Id, "id", required: false);
        errors.Text(Name, "name", MaxName);
        errors.Text(Description, "description", MaxDescription, required: false);
    }
}
