using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gamification.Contracts;

namespace Gamification.Cli.Import;

/// <summary>Turns a row's raw fields into an <see cref="ImportRow"/>, or says what is wrong with it.</summary>
internal sealed class RowParser(IReadOnlySet<string> knownActions)
{
    public object Parse(long line, RawFields fields)
    {
        var unknown = fields.Keys.FirstOrDefault(k => !ImportColumns.All.Contains(k));
        if (unknown is not null)
            return Reject(line, $"unknown column '{Shorten(unknown)}'");
        var userId = fields.Text(ImportColumns.UserId);
        if (userId is null)
            return Reject(line, "user_id is required");
        if (!Ids.IsValid(userId))
            return Reject(line, $"user_id {Ids.Rule}");
        var action = fields.Text(ImportColumns.Action);
        var reason = fields.Text(ImportColumns.Reason);
        if (!TryNumber(fields, ImportColumns.Xp, out var xp, out var error) || !TryNumber(fields, ImportColumns.Amount, out var amount, out error))
            return Reject(line, error);
        if (action is null && xp is null)
            return Reject(line, "either action (an event) or xp (a grant) is required");
        if (action is not null && xp is not null)
            return Reject(line, "give either action or xp, not both");
        if (action is not null && !knownActions.Contains(action))
            return Reject(line, $"unknown action '{Shorten(action)}' for this app's ruleset");
        if (xp is not null && reason is null)
            return Reject(line, "reason is required with xp");
        if (xp is 0)
            return Reject(line, "xp must not be 0");
        var targetType = fields.Text(ImportColumns.TargetType);
        var targetId = fields.Text(ImportColumns.TargetId);
        if ((targetType is null) != (targetId is null))
            return Reject(line, "target_type and target_id go together");
        if ((targetType is not null && !Ids.IsValid(targetType)) || (targetId is not null && !Ids.IsValid(targetId)))
            return Reject(line, $"target_type and target_id {Ids.Rule}");
        var occurred = fields.Text(ImportColumns.OccurredAt);
        if (occurred is null)
            return Reject(line, "occurred_at is required (ISO 8601 with an offset, e.g. 2025-03-01T10:00:00Z)");
        if (!DateTimeOffset.TryParse(occurred, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return Reject(line, $"occurred_at '{Shorten(occurred)}' is not a timestamp (ISO 8601, e.g. 2025-03-01T10:00:00Z)");
        var key = fields.Text(ImportColumns.IdempotencyKey) ?? DerivedKey(userId, action, targetType, targetId, xp ?? amount, at);
        if (!Ids.IsValid(key))
            return Reject(line, $"idempotency_key {Ids.Rule}");
        return new ImportRow(line, userId, action, targetType, targetId, amount, xp, reason, at, key);
    }

    private static bool TryNumber(RawFields fields, string name, out int? value, out string error)
    {
        value = null;
        error = "";
        var text = fields.Text(name);
        if (text is null)
            return true;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }
        error = $"{name} '{Shorten(text)}' is not a whole number";
        return false;
    }

    // A row without a key gets one from its content, so a rerun of the same file sends the same key.
    private static string DerivedKey(string userId, string? action, string? type, string? id, int? amount, DateTimeOffset at)
    {
        var content = $"{userId}\n{action}\n{type}\n{id}\n{amount}\n{at.UtcTicks}";
        return "import-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..40];
    }

    private static RowRejection Reject(long line, string reason) => new(line, reason);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
