using Gamification.Client;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;

namespace Gamification.Gateway.Endpoints;

/// <summary>What a user token may report: the ruleset's client_allowed actions, at their fixed amounts.</summary>
internal static class ClientActions
{
    public static async Task<IResult?> Refuse(Caller caller, GainRequest request, IGamificationClient client, CancellationToken cancellationToken)
    {
        if (!caller.IsUser)
            return null;
        if (request.Amount is not null)
            return Problems.Forbidden("amount", "A user token cannot set amount");
        var ruleset = await client.GetRulesetAsync(caller.App, cancellationToken);
        var action = ruleset.Actions.FirstOrDefault(a => a.Name == request.Action);
        // An action the ruleset does not know is left to the rules, which name the known ones (422).
        return action is { ClientAllowed: false }
            ? Problems.Forbidden("action", $"{action.Name} can only be reported by the app's server")
            : null;
    }
}
