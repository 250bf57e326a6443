using System.Collections.Concurrent;

namespace Gamification.Abuse;

/// <summary>What a campaign saw: answers by status and by family of attack, and every finding.</summary>
public sealed class CampaignReport
{
    private int sent;

    public ConcurrentDictionary<int, int> ByStatus { get; } = new();

    public ConcurrentDictionary<string, int> ByCategory { get; } = new();

    public ConcurrentQueue<Finding> Findings { get; } = new();

    public int Sent => Volatile.Read(ref sent);

    public int ServerErrors => ByStatus.Where(s => s.Key >= 500).Sum(s => s.Value);

    public void Record(HostileRequest request, int status, Finding? finding)
    {
        Interlocked.Increment(ref sent);
        ByStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        ByCategory.AddOrUpdate(request.Category, 1, (_, n) => n + 1);
        if (finding is not null)
            Findings.Enqueue(finding);
    }

    public string Summary() =>
        $"sent {Sent}, findings {Findings.Count}, 5xx {ServerErrors}; statuses: " +
        string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}"));

    public IEnumerable<string> Lines()
    {
        yield return Summary();
        foreach (var (category, count) in ByCategory.OrderByDescending(c => c.Value))
            yield return $"  {count,6}  {category}";
        foreach (var finding in Findings.Take(50))
            yield return $"  FINDING {finding}";
    }
}
