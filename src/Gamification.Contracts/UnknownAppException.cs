namespace Gamification.Contracts;

/// <summary>
/// The app is not configured on this cluster. Thrown to callers through grain calls: Orleans serializes
/// the message, stack trace and inner exception (its exception codec, as the base) and <see cref="App"/>.
/// </summary>
[GenerateSerializer, Alias("gamification.unknown-app-exception")]
public sealed class UnknownAppException(string app) : Exception($"App '{app}' is not configured")
{
    /// <summary>The app asked about.</summary>
    [Id(0)]
    public string App { get; } = app;
}
