using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Gamification.Gateway.Json;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 001's <c>POST /api/exp/gain</c> body.</summary>
/// <param name="UserId">Who acted; a user token may leave it out (or name only itself).</param>
/// <param name="Action">An action of the app's ruleset, e.g. create_character.</param>
/// <param name="TargetType">With <paramref name="TargetId"/>: the entity acted on (a liked character's creator earns).</param>
/// <param name="TargetId">The entity's id, a string or a number.</param>
/// <param name="Amount">XP for actions with a custom amount (storybook's special_event).</param>
/// <param name="IdempotencyKey">Names the event: a retry with the same key never awards twice (or send the Idempotency-Key header).</param>
public sealed record GainRequest(
    [property: JsonConverter(typeof(IdConverter))] string? UserId,
    [property: Required] string? Action,
    string? TargetType,
    [property: JsonConverter(typeof(IdConverter))] string? TargetId,
    int? Amount,
    string? IdempotencyKey) : IValidatedRequest
{
    public const int MaxAmount = 1_000_000;

    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(UserId, "user_id", required: false);
        errors.Id(Action, "action");
        errors.Id(TargetType, "target_type", required: TargetId is not null);
        errors.Id(TargetId, "target_id", required: TargetType is not null);
        errors.Range(Amount, "amount", 1, MaxAmount);
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
