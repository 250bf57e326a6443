using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Gamification.Storage.Orleans;

/// <summary>Registers <see cref="SqliteReminderTable"/> as a silo's reminder storage.</summary>
public static class SqliteReminderSiloBuilderExtensions
{
    /// <summary>
    /// Adds the reminder service (as <c>UseAdoNetReminderService</c> does: a table alone is never asked for anything)
    /// and keeps its reminders in the SQLite file <paramref name="configureOptions"/> names.
    /// </summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, Action<SqliteReminderTableOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureOptions);
        return builder.ConfigureServices(services =>
        {
            services.AddReminders();
            services.AddSingleton<IReminderTable, SqliteReminderTable>();
            services.Configure(configureOptions);
            services.AddSingleton<IConfigurationValidator, SqliteReminderTableOptionsValidator>();
        });
    }
}
