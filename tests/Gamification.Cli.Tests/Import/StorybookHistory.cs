using System.Globalization;
using System.Text;

namespace Gamification.Cli.Tests.Import;

/// <summary>
/// A generated storybook history (seed 002): users who created and published stories over past
/// days, written in shuffled order. The seed's backfill gives each user stories x 100 + published x 50.
/// </summary>
public sealed class StorybookHistory
{
    private readonly List<(string User, string Action, string? Story, DateTimeOffset At, string Key)> rows = [];

    public StorybookHistory(string prefix, int users, int seed)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var u = 0; u < users; u++)
        {
            var user = $"{prefix}-u{u:D3}";
            var stories = random.Next(0, 9);
            var published = 0;
            for (var s = 0; s < stories; s++)
            {
                var created = start.AddMinutes(random.Next(0, 300 * 24 * 60));
                rows.Add((user, "story_created", $"{user}-s{s}", created, $"{user}-created-{s}"));
                if (random.Next(3) > 0)
                {
                    rows.Add((user, "story_published", null, created.AddHours(random.Next(1, 200)), $"{user}-published-{s}"));
                    published++;
                }
            }
            Expected[user] = stories * 100L + published * 50L;
        }
        Shuffle(random);
    }

    /// <summary>Each user's XP by the seed's backfill formula.</summary>
    public Dictionary<string, long> Expected { get; } = [];

    public int Count => rows.Count;

    public string Csv()
    {
        var text = new StringBuilder("user_id,action,target_type,target_id,occurred_at,idempotency_key\n");
        foreach (var (user, action, story, at, key) in rows)
            text.Append(CultureInfo.InvariantCulture, $"{user},{action},{(story is null ? "" : "story")},{story},{at:O},{key}\n");
        return text.ToString();
    }

    public string JsonLines()
    {
        var text = new StringBuilder();
        foreach (var (user, action, story, at, key) in rows)
        {
            var target = story is null ? "" : $",\"target_type\":\"story\",\"target_id\":\"{story}\"";
            text.Append(CultureInfo.InvariantCulture, $"{{\"user_id\":\"{user}\",\"action\":\"{action}\"{target},\"occurred_at\":\"{at:O}\",\"idempotency_key\":\"{key}\"}}\n");
        }
        return text.ToString();
    }

    private void Shuffle(Random random)
    {
        for (var i = rows.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }
    }
}
