using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>A user's completion of a module: NotStarted, InProgress or Completed.</summary>
public sealed record CompletionStatusRequest([property: Required] string? CompletionStatus) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors) =>
        errors.OneOf(CompletionStatus, "completion_status", "NotStarted", "InProgress", "Completed");
}
