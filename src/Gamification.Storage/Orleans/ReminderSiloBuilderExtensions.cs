using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Gamification.Storage.Orleans;

/// <summary>Registers this project's reminder tables as a silo's reminder storage.</summary>
public static class ReminderSiloBuilderExtensions
{
    /// <summary>Keeps the silo's reminders in the SQLite file <paramref name="configureOptions"/> names.</summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, Action<SqliteReminderTableOptions> configureOptions) =>
        builder.UseReminderTable<SqliteReminderTable, SqliteReminderTableOptions, SqliteReminderTableOptionsValidator>(configureOptions);

    /// <summary>
    /// Keeps the silo's reminders in PostgreSQL's <c>OrleansRemindersTable</c> (the table <see cref="OrleansPostgresSchema"/>
    /// creates), writing registrations in batches.
    /// </summary>
    public static ISiloBuilder UsePostgresReminderService(this ISiloBuilder builder, Action<PostgresReminderTableOptions> configureOptions) =>
        builder.UseReminderTable<PostgresReminderTable, PostgresReminderTableOptions, PostgresReminderTableOptionsValidator>(configureOptions);

    // The reminder service too (as UseAdoNetReminderService adds it): a table alone is never asked for anything.
    private static ISiloBuilder UseReminderTable<TTable, TOptions, TValidator>(this ISiloBuilder builder, Action<TOptions> configureOptions)
        where TTable : class, IReminderTable
        where TOptions : class
        where TValidator : class, IConfigurationValidator
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureOptions);
        return builder.ConfigureServices(services =>
        {
            services.AddReminders();
            services.AddSingleton<IReminderTable, TTable>();
            services.Configure(configureOptions);
            services.AddSingleton<IConfigurationValidator, TValidator>();
        });
    }
}
