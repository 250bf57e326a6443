using Gamification.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gamification.Load;

/// <summary>
/// A grains design with parts of the award path taken out (<c>grains-no-leaderboards+metrics</c>), to
/// measure what each costs in the same run as the full design; <c>grains</c> alone takes nothing out.
/// </summary>
internal sealed record GrainVariant(IReadOnlySet<string> Without)
{
    private static readonly string[] Parts = ["leaderboards", "notifications", "level-rewards", "metrics", "journal", "reminders"];

    public static GrainVariant Parse(string design)
    {
        var without = design.StartsWith("grains-no-", StringComparison.Ordinal) ? design["grains-no-".Length..].Split('+') : [];
        foreach (var part in without.Where(p => !Parts.Contains(p)))
            throw new ArgumentException($"--designs: '{design}' names unknown part '{part}' ({string.Join(", ", Parts)})");
        return new GrainVariant(without.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Removes the parts from the silo's services just before its container is built.</summary>
    /// <exception cref="InvalidOperationException">A part to take out is not registered (renamed in src): the run would measure nothing.</exception>
    public void Trim(IServiceCollection services)
    {
        foreach (var part in Without.Where(p => p is not ("journal" or "reminders")))
        {
            var removed = services.Where(d => Removed(part, d)).ToList();
            if (removed.Count == 0)
                throw new InvalidOperationException($"grains-no-{part}: the silo registers no service for '{part}' any more; update GrainVariant");
            foreach (var descriptor in removed)
                services.Remove(descriptor);
        }
        if (Without.Contains("journal"))
            Decorate<IJournalReader>(services, inner => new NoActivationJournal(inner));
        if (Without.Contains("reminders"))
        {
            if (!services.Any(d => d.ServiceType == typeof(IReminderTable)))
                throw new InvalidOperationException("grains-no-reminders: the silo registers no IReminderTable any more; update GrainVariant");
            services.RemoveAll<IReminderTable>().AddSingleton<IReminderTable, MemoryReminderTable>();
        }
    }

    private static bool Removed(string part, ServiceDescriptor d)
    {
        // A keyed descriptor (Orleans registers many) throws on ImplementationType; none of the parts is keyed.
        if (d.IsKeyedService)
            return false;
        var name = d.ImplementationType?.Name;
        return part switch
        {
            "leaderboards" => d.ServiceType.Name == "IAwardFollowUp" && d.ImplementationFactory is not null,
            "notifications" => name == "NotificationFollowUp",
            "level-rewards" => name == "LevelRewardFollowUp",
            "metrics" => name == "RuntimeMetricsListener",
            _ => false,
        };
    }

    // The journaled store registers its reader keyed by provider name and, unkeyed, as a factory over the keyed one:
    // the grains take the unkeyed one, so that is the one wrapped.
    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"grains-no-journal: the silo registers no unkeyed {typeof(T).Name}; update GrainVariant");
        services.Remove(original);
        services.AddSingleton(sp => wrap((T)(original.ImplementationFactory?.Invoke(sp) ?? original.ImplementationInstance
            ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }
}
