using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Gamification.Storage.Orleans;

/// <summary>Registers <see cref="PostgresReminderTable"/> as a silo's reminder storage.</summary>
public static class PostgresReminderSiloBuilderExtensions
{
    /// <summary>
    /// Adds the reminder service and keeps its reminders in <c>OrleansRemindersTable</c> (the table
    /// <see cref="OrleansPostgresSchema"/> creates), writing registrations in batches.
    /// </summary>
    public static ISiloBuilder UsePostgresReminderService(this ISiloBuilder builder, Action<PostgresReminderTableOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureOptions);
        return builder.ConfigureServices(services =>
        {
            services.AddReminders();
            services.AddSingleton<IReminderTable, PostgresReminderTable>();
            services.Configure(configureOptions);
            services.AddSingleton<IConfigurationValidator, PostgresReminderTableOptionsValidator>();
        });
    }
}
