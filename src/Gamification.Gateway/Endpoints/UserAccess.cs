using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints;

/// <summary>Which user a request is about: a service key names one; a user token may only name itself.</summary>
internal static class UserAccess
{
    public static IResult? Refuse(Caller caller, string? requested, string field, out string userId)
    {
        userId = requested ?? caller.UserId ?? "";
        if (requested is null && caller.UserId is null)
            return Problems.Validation(field, $"{field} is required");
        if (caller.IsUser && userId != caller.UserId)
            return Problems.Forbidden(field, "A user token acts only for its own user");
        return null;
    }
}
