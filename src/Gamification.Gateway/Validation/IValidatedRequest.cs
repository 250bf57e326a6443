namespace Gamification.Gateway.Validation;

/// <summary>A request body that checks its own fields before the endpoint runs.</summary>
internal interface IValidatedRequest
{
    void Validate(RequestErrors errors);
}
