namespace Gamification.Load;

/// <summary>The load generator's knobs, from <c>--name value</c> pairs.</summary>
internal sealed record LoadSettings(int Callers, int Users, TimeSpan Duration, string Designs, string? Postgres, TimeSpan Warmup, int Reminders, TimeSpan ReminderLead, TimeSpan ReminderSpread, int Rounds, TimeSpan WarmupMax)
{
    public static LoadSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        return new LoadSettings(
            int.Parse(values.GetValueOrDefault("callers", "64"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("users", "10000"), System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("seconds", "20"), System.Globalization.CultureInfo.InvariantCulture)),
            values.GetValueOrDefault("designs", "plain-sql,grains"),
            values.GetValueOrDefault("postgres"),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("warmup", "10"), System.Globalization.CultureInfo.InvariantCulture)),
            int.Parse(values.GetValueOrDefault("reminders", "1000000"), System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("reminder-lead", "120"), System.Globalization.CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("reminder-spread", "1800"), System.Globalization.CultureInfo.InvariantCulture)),
            int.Parse(values.GetValueOrDefault("rounds", "1"), System.Globalization.CultureInfo.InvariantCulture) is var rounds and >= 1
                ? rounds : throw new ArgumentException("--rounds: at least 1"),
            TimeSpan.FromSeconds(int.Parse(values.GetValueOrDefault("warmup-max", "90"), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
