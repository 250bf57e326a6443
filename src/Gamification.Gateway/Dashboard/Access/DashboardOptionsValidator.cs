using Gamification.Gateway.Authentication;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Dashboard;

/// <summary>Stops the start on a dashboard user without a name, with a malformed digest, or named twice; values are never echoed.</summary>
internal sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            if (string.IsNullOrWhiteSpace(user.Name))
                failures.Add($"Dashboard:Users:{i}:Name is required");
            if (!ApiKeyHash.IsHex(user.Sha256) || ApiKeyHash.IsOfEmptyKey(user.Sha256))
                failures.Add($"Dashboard:Users:{i}:Sha256 must be the SHA-256 of a non-empty password, as 64 hex digits");
        }
        foreach (var twice in options.Users.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            failures.Add($"Dashboard:Users: the name '{twice.Key}' is configured more than once");
        if (options.SessionLifetime <= TimeSpan.Zero)
            failures.Add("Dashboard:SessionLifetime must be positive");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
