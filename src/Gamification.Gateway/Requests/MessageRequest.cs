using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gamification.Gateway.Json;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>A user's message in a module's discussion (or a chat conversation).</summary>
public sealed record MessageRequest(
    [property: Required, JsonConverter(typeof(IdConverter))] string? UserId,
    string? IdempotencyKey) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(UserId, "user_id");
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
