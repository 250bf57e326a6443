using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gamification.Gateway.Json;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>A user is watching a stream, live or a replay; each full minute earns XP once.</summary>
public sealed record HeartbeatRequest(
    [property: Required, JsonConverter(typeof(IdConverter))] string? UserId,
    [property: Required, JsonConverter(typeof(IdConverter))] string? StreamId,
    [property: Required] string? Kind,
    string? IdempotencyKey) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(UserId, "user_id");
        errors.Id(StreamId, "stream_id");
        errors.OneOf(Kind, "kind", "live", "replay");
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
