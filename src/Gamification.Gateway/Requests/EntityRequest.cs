using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gamification.Gateway.Json;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Records who created an entity, so that actions on it (likes, forks, sales) award them.</summary>
public sealed record EntityRequest(
    [property: Required] string? Type,
    [property: Required, JsonConverter(typeof(IdConverter))] string? Id,
    [property: Required, JsonConverter(typeof(IdConverter))] string? CreatorUserId) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(Type, "type");
        errors.Id(Id, "id");
        errors.Id(CreatorUserId, "creator_user_id");
    }
}
