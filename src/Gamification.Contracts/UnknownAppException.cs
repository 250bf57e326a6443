namespace Gamification.Contracts;

/// <summary>The app is not configured on this cluster.</summary>
public sealed class UnknownAppException(string app) : Exception($"App '{app}' is not configured")
{
    public string App { get; } = app;
}
