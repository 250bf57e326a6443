using System.Security.Cryptography;
using Gamification.Contracts;
using Gamification.Gateway.Authentication;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Configuration;

/// <summary>Checks the <c>Gateway</c> section at start, naming the bad key in each message.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
            errors.AddRange(ApiKeyErrors($"{GatewayOptions.Section}:ApiKeys:{i}", options.ApiKeys[i]));
        errors.AddRange(DuplicateKeys(options.ApiKeys));
        errors.AddRange(JwtErrors($"{GatewayOptions.Section}:Jwt", options.Jwt));
        if (options.MaxRequestBodyBytes is < 1024 or > 1024 * 1024)
            errors.Add($"{GatewayOptions.Section}:MaxRequestBodyBytes must be between 1024 and 1048576");
        if (options.RateLimit.KeyRequestsPerMinute < 1)
            errors.Add($"{GatewayOptions.Section}:RateLimit:KeyRequestsPerMinute must be at least 1");
        if (options.RateLimit.UserRequestsPerMinute < 1)
            errors.Add($"{GatewayOptions.Section}:RateLimit:UserRequestsPerMinute must be at least 1");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> ApiKeyErrors(string path, ApiKeyOptions key)
    {
        if (!Ids.IsValid(key.App))
            yield return $"{path}:App {Ids.Rule}";
        if (!Ids.IsValid(key.Name))
            yield return $"{path}:Name {Ids.Rule}";
        if (!ApiKeyHash.IsHex(key.Sha256))
            yield return $"{path}:Sha256 must be 64 hex characters";
        else if (ApiKeyHash.IsOfEmptyKey(key.Sha256))
            yield return $"{path}:Sha256 is the hash of an empty key";
        if (key.Scopes.Count == 0)
            yield return $"{path}:Scopes must name at least one of {string.Join(", ", Scopes.All)}";
        for (var s = 0; s < key.Scopes.Count; s++)
        {
            if (!Scopes.All.Contains(key.Scopes[s]))
                yield return $"{path}:Scopes:{s} must be one of {string.Join(", ", Scopes.All)} (is '{key.Scopes[s]}')";
        }
        if (key.RequestsPerMinute is < 1)
            yield return $"{path}:RequestsPerMinute must be at least 1";
    }

    private static IEnumerable<string> DuplicateKeys(List<ApiKeyOptions> keys) =>
        keys.Select((k, i) => (Hash: k.Sha256.ToUpperInvariant(), Index: i))
            .GroupBy(k => k.Hash)
            .Where(g => g.Count() > 1)
            .Select(g => $"{GatewayOptions.Section}:ApiKeys:{g.Last().Index}:Sha256 repeats the key of ApiKeys:{g.First().Index}");

    private static IEnumerable<string> JwtErrors(string path, JwtOptions jwt)
    {
        if (!string.IsNullOrEmpty(jwt.Secret) && !string.IsNullOrEmpty(jwt.PublicKeyPem))
            yield return $"{path}:Secret and {path}:PublicKeyPem are exclusive: set one";
        if (!string.IsNullOrEmpty(jwt.Secret) && System.Text.Encoding.UTF8.GetByteCount(jwt.Secret) < 32)
            yield return $"{path}:Secret must be at least 32 bytes";
        if (!string.IsNullOrEmpty(jwt.PublicKeyPem) && !IsRsaPublicKey(jwt.PublicKeyPem))
            yield return $"{path}:PublicKeyPem must be an RSA public key in PEM";
    }

    private static bool IsRsaPublicKey(string pem)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
