using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Which window of a board to rebuild: all, daily, weekly, monthly or a period key (all when omitted).</summary>
public sealed record RebuildRequest(string? Window) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
    }
}
