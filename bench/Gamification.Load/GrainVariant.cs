using Gamification.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Load;

/// <summary>
/// A grains design with parts of the award path taken out (<c>grains-no-leaderboards+metrics</c>), to
/// measure what each costs in the same run as the full design; <c>grains</c> alone takes nothing out.
/// </summary>
internal sealed record GrainVariant(IReadOnlySet<string> Without)
{
    private static readonly string[] Parts = ["leaderboards", "notifications", "level-rewards", "metrics", "journal"];

    public static GrainVariant Parse(string design)
    {
        var without = design.StartsWith("grains-no-", StringComparison.Ordinal) ? design["grains-no-".Length..].Split('+') : [];
        foreach (var part in without.Where(p => !Parts.Contains(p)))
            throw new ArgumentException($"--designs: '{design}' names unknown part '{part}' ({string.Join(", ", Parts)})");
        return new GrainVariant(without.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Removes the parts from the silo's services just before its container is built.</summary>
    public void Trim(IServiceCollection services)
    {
        foreach (var descriptor in services.Where(Removed).ToList())
            services.Remove(descriptor);
        if (Without.Contains("journal"))
            Decorate<IJournalReader>(services, inner => new NoActivationJournal(inner));
    }

    private bool Removed(ServiceDescriptor d)
    {
        var name = d.ImplementationType?.Name;
        return (Without.Contains("leaderboards") && d.ServiceType.Name == "IAwardFollowUp" && d.ImplementationFactory is not null)
            || (Without.Contains("notifications") && name == "NotificationFollowUp")
            || (Without.Contains("level-rewards") && name == "LevelRewardFollowUp")
            || (Without.Contains("metrics") && name == "RuntimeMetricsListener");
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(sp => wrap((T)(original.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }
}
