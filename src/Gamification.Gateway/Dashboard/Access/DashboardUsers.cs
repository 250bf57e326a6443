using System.Security.Cryptography;
using Gamification.Gateway.Authentication;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Dashboard;

/// <summary>Checks a dashboard sign-in against the configured digests, in constant time, whether or not the name exists.</summary>
internal sealed class DashboardUsers(IOptions<DashboardOptions> options)
{
    private static readonly byte[] NoUser = new byte[32];

    public bool Verify(string name, string password)
    {
        var user = options.Value.Users.Find(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        var expected = user is null ? NoUser : Convert.FromHexString(user.Sha256);
        return CryptographicOperations.FixedTimeEquals(ApiKeyHash.Of(password), expected) && user is not null;
    }
}
