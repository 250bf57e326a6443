using System.Security.Cryptography;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Gateway.Configuration;
using Gamification.Gateway.Json;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Authentication;

/// <summary>
/// The embedded default's keys: with none configured, each configured app gets one key with every
/// scope on first start. Hashes go to the key file; the keys themselves to the credentials file, once.
/// </summary>
internal sealed partial class EmbeddedKeys(
    IOptions<GatewayOptions> options, IConfiguration configuration, IHostEnvironment environment, ILogger<EmbeddedKeys> logger)
{
    public IReadOnlyList<ApiKeyOptions> LoadOrCreate()
    {
        var keyFile = Path.GetFullPath(options.Value.KeyFile, environment.ContentRootPath);
        var stored = File.Exists(keyFile)
            ? JsonSerializer.Deserialize(File.ReadAllText(keyFile), GatewayJsonContext.Default.ListApiKeyOptions) ?? []
            : [];
        var missing = Apps().Where(app => !stored.Exists(k => k.App == app)).ToList();
        if (missing.Count == 0)
        {
            LogLoaded(stored.Count, keyFile);
            return stored;
        }
        var credentials = Path.GetFullPath(options.Value.CredentialsFile, environment.ContentRootPath);
        var fresh = missing.Select(app => (App: app, Key: NewKey())).ToList();
        PrivateFile.Append(credentials, string.Concat(fresh.Select(f => $"{f.App}\t{f.App}-embedded\t{f.Key}\t{string.Join(',', Scopes.All)}\n")));
        stored.AddRange(fresh.Select(f => new ApiKeyOptions
        {
            App = f.App, Name = $"{f.App}-embedded", Sha256 = ApiKeyHash.HexOf(f.Key), Scopes = [.. Scopes.All],
        }));
        PrivateFile.Replace(keyFile, JsonSerializer.Serialize(stored, GatewayJsonContext.Default.ListApiKeyOptions));
        LogGenerated(string.Join(", ", missing), credentials);
        return stored;
    }

    private List<string> Apps()
    {
        var apps = configuration.GetSection("Apps").GetChildren().Select(c => c.Key).Where(Ids.IsValid).ToList();
        return apps.Count > 0 ? apps : ["default"];
    }

    private static string NewKey() => "gk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API keys configured: generated keys for {Apps}; they are in {CredentialsFile} (readable by this user only), shown nowhere else")]
    private partial void LogGenerated(string apps, string credentialsFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "No API keys configured: using the {Count} generated keys of {KeyFile}")]
    private partial void LogLoaded(int count, string keyFile);
}
