using Gamification.Contracts;
using Gamification.Contracts.Analytics;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Boosts;
using Gamification.Contracts.Streaks;
using Gamification.Contracts.Diagnostics;
using Gamification.Contracts.Entities;
using Gamification.Contracts.Inspection;
using Gamification.Contracts.Invariants;
using Gamification.Contracts.Leaderboards;
using Gamification.Contracts.Modules;
using Gamification.Contracts.Notifications;
using Gamification.Contracts.Paths;
using Gamification.Contracts.Progress;
using Gamification.Contracts.Rulesets;
using Gamification.Contracts.Wallets;
using Orleans.Runtime;

namespace Gamification.Contracts.Tests;

/// <summary>
/// One realistic value of every contract type: no member left at its default, lists written as collection
/// expressions (so they hold the compiler's synthesized list types), nested records filled in.
/// </summary>
internal static class Samples
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 14, 30, 15, 250, TimeSpan.FromHours(2));
    private static readonly DateOnly Day = new(2026, 11, 21);

    public static readonly EntityTarget Character = new("character", "char-42");

    public static readonly BoostView WeekendBoost = new("weekend", "app", 1.5m, At.AddHours(-2), At.AddDays(2), ["create_character"], "admin:ops");

    public static readonly StreakLine DailyStreak = new("daily", Day, 7, 2);

    public static readonly LedgerLine CreateCharacterLine = new(
        "evt-1001", "action", "create_character", 30, 20, 1_270, "daily_cap", 7, At, "alice", Character, "cut to the daily cap",
        20, [new AppliedBoostLine("weekend", 1.5m, "app")], DailyStreak, WeekendBoost);

    public static readonly LedgerLine DailyRewardLine = new(
        "evt-1001.daily", "daily_reward", "daily_reward", 10, 10, 1_280, null, 7, At.AddSeconds(1), null, null, null);

    public static readonly LevelProgressView Progress = new(3, "Explorer", 1_280, 280, 500, 220, 1_500, 56.0, false);

    public static readonly GradeView Grade = new("Silver", "https://cdn.example.test/grades/silver.json");

    public static readonly BadgeView FirstCharacterBadge = new("first_character", "First character", "Created a first character", null, At);

    public static readonly BadgeView ModuleBadge = new("module_chatter", "Chatter", null, "module-7", At.AddDays(-3));

    public static readonly AwardResult Award = new()
    {
        AwardedTo = "alice",
        Action = "create_character",
        Status = AwardStatus.Granted,
        Refusal = new Refusal("daily_cap_reached", "Daily XP cap reached (500/day)", true, 3_600),
        ExpAdded = 30,
        TotalExp = 1_280,
        Level = 3,
        LeveledUp = true,
        DailyExpGained = 480,
        DailyExpCap = 500,
        ActionCount = 2,
        ActionLimit = 5,
        Progress = Progress,
        Grade = Grade,
        GradeChanged = true,
        BadgesEarned = ["first_character", "level_3"],
        Ledger = [CreateCharacterLine, DailyRewardLine],
        IdempotencyKey = "evt-1001",
    };

    public static readonly UserProfile Profile = new("alice", true, 1_280, 3, Progress, "Paid", Grade, [FirstCharacterBadge, ModuleBadge], [WeekendBoost]);

    public static readonly ActionView PostCreated = new("post_created", 15, 10, 1_000, 60, "self", true, true, 1, 5, false, "A user published a post");

    public static readonly ActionView CharacterLiked = new("character_liked", 2, null, null, 0, "creator", false, false, null, null, true, null);

    public static readonly PathView Warrior = new(
        "warrior", "Warrior", "Fights for glory", "sword", "#c0392b",
        new Dictionary<string, decimal> { ["battle_won"] = 1.5m, ["post_created"] = 0.75m }, true);

    public static readonly RulesetView Ruleset = new(
        "default", "seed-001", 7, "Seed 001", "The seed's ruleset",
        [PostCreated, CharacterLiked],
        [new LevelView(1, "Novice", null, 0), new LevelView(2, "Apprentice", "avatar_frame", 100)],
        250,
        [new DailyCapView(1, 5, 500), new DailyCapView(6, null, 1_000)],
        10,
        [new GradeRuleView("Bronze", 0, "All", null), new GradeRuleView("Gold", 5_000, "Paid", "https://cdn.example.test/grades/gold.json")],
        [new BadgeRuleView("first_post", "First post", "action_count", "Posted once", "post_created", 1), new BadgeRuleView("vip", "VIP", "special", null, null, 0)],
        """{"id":"seed-001","version":7}""",
        [Warrior],
        [WeekendBoost],
        ["daily"]);

    public static readonly RulesetFieldError FieldError = new("$.actions.post_created.xp", "must be between 0 and 10000");

    public static readonly ReplayedEvent Replayed = new("evt-900", "post_created", At.AddHours(-5), 15, 0, null, "daily_limit_reached");

    public static readonly LeaderboardEntry FirstPlace = new(1, "bob", 9_000, At.AddDays(-1));

    public static readonly LeaderboardEntry SecondPlace = new(2, "alice", 1_280, At);

    public static readonly UserEvent LevelUp = new(
        "default/alice/evt-1001.level_up", "level_up", "default", "alice", At, "evt-1001", 1_280, 3, 2, "Explorer", 7, 12);

    public static readonly UserPathView WarriorProgress = new("warrior", "Warrior", 640, 2, true);

    public static readonly WalletView Wallet = new("alice", "DGT", 350, 500, 150, [new UnlockView("avatar_frame", 1), new UnlockView("potion", 4)], 3);

    public static readonly WalletLine ShopLine = new(12, "shop_purchase", -50, 350, "buy:evt-77", "potion", "Bought potion", At);

    public static readonly TransferView Transfer = new(
        "t-1", "alice", "bob", 25, "for the raid", TransferStatus.Completed, null, At.AddMinutes(-1), At);

    public static readonly GrainId InspectedGrain = GrainId.Create("user-progress", "default/alice");

    public static readonly ReminderView Reminder = new("user-progress", "default/alice", "midnight-reset", new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), 86_400, At.AddHours(1), null);

    public static readonly JournalEntryView JournalEntry = new("evt-1001", "award", """{"xp":30}""", At);

    /// <summary>Every contract type once (enums and exceptions too), for the round-trip theories.</summary>
    public static IEnumerable<object> All() =>
    [
        // Analytics
        new ActionDayCount(Day, "create_character", 12, 360),
        new AwardsPerDay(Day.AddDays(-6), Day, [new ActionDayCount(Day.AddDays(-1), "post_created", 4, 60), new ActionDayCount(Day, "watch", 9, 45)]),
        new LevelCount(3, "Explorer", 42),
        new LevelDistribution(57, [new LevelCount(1, "Novice", 15), new LevelCount(3, "Explorer", 42)]),
        new TokenFlow(Day.AddDays(-6), Day, 1_500, 400, true),

        // Awards
        new AdjustCommand(-40, "refund abuse", "admin-1", "adj-7"),
        new AwardCommand("alice", "character_liked", "evt-2002", Character, 3, At.AddDays(-2)),
        Award,
        AwardStatus.Duplicate,
        new BadgeCommand("module_chatter", "module-7", "admin-1"),
        Character,
        CreateCharacterLine,
        new Refusal("daily_limit_reached", "Daily limit reached for create_character (2/day)", true, 7_200),
        new WatchCommand("stream-5", "replay", "hb-33"),

        // Diagnostics
        new CallMetrics(At, 3, new CallRate(1_250.5, 2.1, 9.8, 0.2), [new CallPoint(At.AddSeconds(-10), 1_200, 2.0, 9.1, 0), new CallPoint(At, 1_300, 2.2, 10.4, 0.5)]),
        new CallRate(1_250.5, 2.1, 9.8, 0.2),
        new CallPoint(At, 1_300, 2.2, 10.4, 0.5),
        new GrainTypeMetrics(At, 600, [new GrainTypeStats("user-progress", 812, 940.5, 564_300, 3, [new MethodStats("Award", 560_000, 933.3, 3, 1.9, 8.7)])]),
        new GrainTypeStats("module-progress", 40, 12.5, 7_500, 0, [new MethodStats("RecordMessage", 7_500, 12.5, 0, 1.1, 4.0)]),
        new MethodStats("Award", 560_000, 933.3, 3, 1.9, 8.7),
        new StorageMetrics(210.5, 3_900.2, 18.5, 4.1, 11.3, 2, 40.1, 2.5, 0.3, [new StoragePoint(At, 2_100, 18.5, 11.3)]),
        new StoragePoint(At.AddSeconds(-10), 2_050, 17.9, 10.8),
        new ReminderOverview(At, 10_000, 9_990, 10, true, 50_000, [Reminder], [Reminder with { LastDueAt = At.AddMinutes(-30) }]),
        Reminder,

        // Entities
        new EntityView("character", "char-42", "alice"),

        // Inspection
        new GrainInspection(
            InspectedGrain,
            new StoredStateView("etag-17", """{"xp":1280,"ledger_sequence":12}""", At),
            true,
            "S127.0.0.1:11111:123456789",
            [new JournalRecordView(11, JournalEntry), new JournalRecordView(12, JournalEntry with { IdempotencyKey = "evt-1002" })]),
        new StoredStateView("etag-17", """{"xp":1280}""", At),
        new JournalRecordView(12, JournalEntry),
        JournalEntry,

        // Invariants
        new InvariantPage(100, 4_321, [new InvariantViolation("alice", "xp_equals_ledger", "state 1280, ledger 1250"), new InvariantViolation("*", "tokens_conserved", "issued 10 more than held")], "user-100"),
        new InvariantViolation("bob", "daily_cap", "510 XP on 2026-11-20, cap 500"),

        // Leaderboards
        new ExcludedUsers(["banned-1", "staff-2"], 4),
        FirstPlace,
        new LeaderboardPage("xp", "week:2026-W47", 57, [FirstPlace, SecondPlace]),
        new LeaderboardStanding("xp", "all", 57, SecondPlace, [FirstPlace, SecondPlace]),
        new ScoreUpdate("alice", 1_280, 12, At),

        // Modules
        new MessageCommand("alice", "msg-88"),
        new MessageResult("alice", 10, false, [Award, Award with { Action = "module_milestone_10", IdempotencyKey = "msg-88.milestone" }]),
        new ModuleMemberView("alice", 10, "InProgress"),

        // Notifications
        LevelUp,
        new UserEventPage([LevelUp, LevelUp with { Id = "default/alice/evt-900.badge_earned", Type = "badge_earned", Level = null, PreviousLevel = null, Name = "first_post" }], 31),

        // Boosts
        new AppliedBoostLine("shop-7", 2m, "user"),
        new BoostCommand("double", 2m, At, At.AddHours(1), ["post_created"], "shop:xp_boost"),
        WeekendBoost,

        // Streaks
        new StreakReward("streak-milestone:daily:2026-11-15:7", "daily", 7, 25),
        new FreezeCommand("daily", 2, "admin-1", "freeze-3"),
        DailyStreak,
        new StreakView("daily", "Daily activity", "day", 7, 12, 2, 3, Day, true, 1, 30),
        new UserStreaks("alice", "Europe/Berlin", [new StreakView("daily", "Daily activity", "day", 7, 12, 2, 3, Day, false, 1, 30)]),

        // Paths
        WarriorProgress,
        new UserPaths("alice", "warrior", [WarriorProgress, new UserPathView("mage", "Mage", 0, 1, false)]),

        // Progress
        FirstCharacterBadge,
        new DailyLimits(
            3, 480, 500, 20,
            new Dictionary<string, int> { ["create_character"] = 2, ["post_created"] = 4 },
            new Dictionary<string, int?> { ["create_character"] = 2, ["post_created"] = null },
            new Dictionary<string, int> { ["create_character"] = 30, ["post_created"] = 15 }),
        Grade,
        new LedgerPage([CreateCharacterLine, DailyRewardLine], 11),
        Progress,
        new UserPage([Profile, Profile with { UserId = "bob", Exists = false, CurrentGrade = null, Badges = [] }], "bob"),
        Profile,

        // Rulesets
        PostCreated,
        new BadgeDefinition("vip", "VIP", "Granted by an admin"),
        new BadgeRuleView("first_post", "First post", "action_count", "Posted once", "post_created", 1),
        new DailyCapView(6, null, 1_000),
        new GradeRuleView("Gold", 5_000, "Paid", "https://cdn.example.test/grades/gold.json"),
        new LevelView(2, "Apprentice", "avatar_frame", 100),
        Warrior,
        Replayed,
        new RulesetChange(Ruleset, ["$.badges.vip.name: required"]),
        new RulesetEdit(RulesetSection.Path, "warrior", """{"name":"Warrior","xp_multipliers":{"battle_won":1.5}}""", 7, "admin-1"),
        new RulesetEditResult(Ruleset, [FieldError, new RulesetFieldError("$.levels[1].xp", "must rise")], 7, true),
        FieldError,
        new RulesetHistoryPage([new RulesetVersionView(6, At.AddDays(-10), null, "preset", "{}"), new RulesetVersionView(7, At, "admin-1", "action post_created", """{"version":7}""")], 7),
        new RulesetPreview("alice", 7, 8, [FieldError], [Replayed, Replayed with { Key = "evt-901", ProposedRefusal = null, ProposedXp = 15 }], 1, 1_280, 1_265, 3, 3),
        RulesetSection.DailyCaps,
        new RulesetVersionView(7, At, "admin-1", "action post_created", """{"version":7}"""),
        Ruleset,

        // Wallets
        new LevelRewardView(3, 100),
        new PurchaseCredit("cs_test_a1b2", 1_000, "stripe"),
        new ShopItemView("potion", "Potion", 50, true, "Restores energy"),
        new ShopPurchase("potion", "buy:evt-77"),
        new TokenAdjustment(-25, "chargeback", "admin-1", "tadj-3"),
        new TokenCatalog("DGT", [new LevelRewardView(2, 50), new LevelRewardView(3, 100)], [new ShopItemView("avatar_frame", "Avatar frame", 200, false, null)]),
        new TokenDayFlow(Day, 1_500, 400, 75),
        new TransferCommand("alice", "bob", 25, "for the raid"),
        new TransferLeg("t-1", 25, "bob", "for the raid"),
        new TransferResult(Transfer, true, false),
        TransferStatus.RolledBack,
        Transfer,
        new UnlockView("potion", 4),
        new WalletHistory([ShopLine, ShopLine with { Sequence = 11, Kind = "level_reward", Amount = 100, BalanceAfter = 400, Key = "level-reward:3", Reference = "3", Reason = "Reached level 3" }], 10),
        ShopLine,
        new WalletRefusal("insufficient_balance", "amount", "The balance (10) is less than 25"),
        new WalletResult(WalletStatus.Applied, Wallet, ShopLine, new WalletRefusal("already_owned", "item_id", "avatar_frame is owned")),
        WalletStatus.Refused,
        Wallet,

        // Exceptions
        new UnknownAppException("acme"),
        new TokensNotConfiguredException("acme"),
        new StorageUnavailableException(InspectedGrain, "the state write timed out", new TimeoutException("no answer in 5 s")),
    ];
}
