using BenchmarkDotNet.Attributes;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;
using Gamification.Domain.Rules.Json;

namespace Gamification.Bench;

/// <summary>One award decision under the mikoshi preset (limits, level-band caps): the grain's per-call rules cost.</summary>
[MemoryDiagnoser]
public class AwardDecisionBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] History = ["create_character", "create_character", "create_scene", "daily_chat"];
    private Ruleset rules = null!;
    private UserProgress state = null!;
    private AwardRequest grant = null!;
    private AwardRequest overLimit = null!;
    private AwardRequest replay = null!;

    [GlobalSetup]
    public void Setup()
    {
        rules = RulesetReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rulesets", "mikoshi.json"))).GetOrThrow("mikoshi");
        state = new UserProgress();
        for (var i = 0; i < History.Length; i++)
            state.Apply(AwardEngine.Decide(state, rules, new AwardRequest(History[i], "u", "u", $"k{i}"), Now), rules);
        grant = new AwardRequest("character_liked", "liker", "u", "like-1", new EntityRef("character", "c1"));
        overLimit = new AwardRequest("create_character", "u", "u", "k-over");
        replay = new AwardRequest("create_scene", "u", "u", "k2");
    }

    [Benchmark(Baseline = true, Description = "granted (creator award, cap checked)")]
    public AwardOutcome Granted() => AwardEngine.Decide(state, rules, grant, Now);

    [Benchmark(Description = "refused (daily limit)")]
    public AwardOutcome Refused() => AwardEngine.Decide(state, rules, overLimit, Now);

    [Benchmark(Description = "replayed idempotency key")]
    public AwardOutcome Replayed() => AwardEngine.Decide(state, rules, replay, Now);
}
