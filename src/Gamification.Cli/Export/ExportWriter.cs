using System.Globalization;
using System.Text.Json;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Progress;

namespace Gamification.Cli.Export;

/// <summary>Writes users or ledger lines as CSV (with a header) or JSON Lines (snake_case, like the API).</summary>
internal sealed class ExportWriter(TextWriter output, bool jsonLines)
{
    private bool headerWritten;

    public void User(UserProfile user)
    {
        if (jsonLines)
        {
            output.WriteLine(JsonSerializer.Serialize(new UserRecord(user.UserId, user.ExperiencePoints, user.Level, user.CurrentGrade?.Name, user.UserType,
                [.. user.Badges.Select(b => b.ModuleId is null ? b.Id : $"{b.Id}@{b.ModuleId}")]), CliJson.Options));
            return;
        }
        Header("user_id,xp,level,grade,user_type,badges");
        output.WriteLine(Csv(user.UserId, Number(user.ExperiencePoints), Number(user.Level), user.CurrentGrade?.Name, user.UserType,
            string.Join(';', user.Badges.Select(b => b.ModuleId is null ? b.Id : $"{b.Id}@{b.ModuleId}"))));
    }

    public void Ledger(string userId, LedgerLine line)
    {
        if (jsonLines)
        {
            output.WriteLine(JsonSerializer.Serialize(new LedgerRecord(userId, line), CliJson.Options));
            return;
        }
        Header("user_id,key,kind,subject,requested,granted,balance_after,cut_by,ruleset_version,at,actor_user_id,target_type,target_id,note");
        output.WriteLine(Csv(userId, line.Key, line.Kind, line.Subject, Number(line.Requested), Number(line.Granted), Number(line.BalanceAfter), line.CutBy,
            Number(line.RulesetVersion), line.At.ToString("O", CultureInfo.InvariantCulture), line.ActorUserId, line.Target?.Type, line.Target?.Id, line.Note));
    }

    private void Header(string header)
    {
        if (headerWritten)
            return;
        output.WriteLine(header);
        headerWritten = true;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Csv(params string?[] fields) => string.Join(',', fields.Select(Quote));

    private static string Quote(string? field) =>
        field is null ? "" : field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private sealed record UserRecord(string UserId, long Xp, int Level, string? Grade, string UserType, IReadOnlyList<string> Badges);

    private sealed record LedgerRecord(string UserId, LedgerLine Entry);
}
