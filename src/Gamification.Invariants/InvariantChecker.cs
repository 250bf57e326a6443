using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Invariants;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;
using Gamification.Persistence;
using Orleans.Runtime;

namespace Gamification.Invariants;

/// <summary>
/// Checks an app's users page by page from storage (<see cref="IGrainStateQuery"/> for state,
/// <see cref="IJournalReader"/> for ledgers), without activating them and without SQL of its own.
/// </summary>
/// <param name="storedJson">How the grains store state and ledger lines (snake_case, enums as strings).</param>
/// <param name="userGrainType">The grain type whose states are users (<c>user-progress</c>).</param>
public sealed class InvariantChecker(IGrainStateQuery states, IJournalReader journal, JsonSerializerOptions storedJson, string userGrainType)
{
    private const int JournalPage = 1000;

    public async Task<InvariantPage> CheckUsersAsync(string app, Ruleset rules, string? after, int limit, CancellationToken cancellationToken)
    {
        var rows = await states.ListAsync(GrainType.Create(userGrainType), GrainKeys.User(app, ""), after is null ? null : GrainKeys.User(app, after), limit, cancellationToken);
        var violations = new List<InvariantViolation>();
        long entries = 0;
        string? last = null;
        foreach (var (grain, state) in rows)
        {
            var userId = GrainKeys.Split(grain.Key.ToString()!).Id;
            last = userId;
            var ledger = await LedgerAsync(grain, userId, violations, cancellationToken);
            entries += ledger.Count;
            var progress = Read(state.PayloadJson);
            if (progress is null)
            {
                violations.Add(new(userId, Invariant.Readable, "stored state is not a readable user progress"));
                continue;
            }
            violations.AddRange(UserInvariants.Check(new UserRecord(userId, progress, ledger), rules));
        }
        return new InvariantPage(rows.Count, entries, violations, rows.Count == limit ? last : null);
    }

    private async Task<List<LedgerLine>> LedgerAsync(GrainId grain, string userId, List<InvariantViolation> violations, CancellationToken cancellationToken)
    {
        var lines = new List<LedgerLine>();
        long sequence = 0;
        while (true)
        {
            var page = await journal.ReadAsync(grain, sequence, JournalPage, cancellationToken);
            foreach (var record in page)
            {
                if (ReadLine(record.Entry.PayloadJson) is { } line)
                    lines.Add(line);
                else
                    violations.Add(new(userId, Invariant.Readable, $"ledger row {record.Sequence} ('{record.Entry.IdempotencyKey}') is not a readable ledger line"));
                sequence = record.Sequence;
            }
            if (page.Count < JournalPage)
                return lines;
        }
    }

    private LedgerLine? ReadLine(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LedgerLine>(json, storedJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private UserProgress? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<UserProgress>(json, storedJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
