using Gamification.Contracts;

namespace Gamification.Abuse;

/// <summary>Ids an attacker tries: injections, traversal, unicode edge cases, oversized. None is a valid id.</summary>
public static class HostileIds
{
    public static readonly IReadOnlyList<HostileText> All = Checked(
    [
        // SQL and JSON injection
        "' OR '1'='1", "alice'; DROP TABLE grain_state; --", "1; SELECT pg_sleep(10)", "admin'--",
        "' UNION SELECT payload FROM grain_journal --", "%' OR 1=1 --", "alice\",\"amount\":1000000,\"x\":\"",
        "{\"$ne\":null}", "alice\\", "${jndi:ldap://x/a}", "{0}{1}", "%s%n%x", "alice\r\nX-Injected: 1",
        // path traversal, in the forms that survive URL normalisation
        "../../etc/passwd", "..\\..\\windows\\win.ini", "..", ".", "...", "%2e%2e%2f", "..%2f..%2f", "default/alice", "/alice", "alice/",
        // unicode edge cases
        "alice\u0000", "\ud800", "\udfff", "alice\ud83d", "\u202eecila", "\uff41\uff4c\uff49\uff43\uff45", "alice\u200b",
        "\ud83d\ude00", "e\u0301", "\u0130stanbul", "\ufeffalice", "alice\u0085", "ali ce", "\t", " ", "",
        // sizes
        new string('a', 129), new string('b', 10_000),
    ]);

    private static List<HostileText> Checked(IEnumerable<string> ids) =>
        [.. ids.Select(id => Ids.IsValid(id) ? throw new InvalidOperationException($"'{id}' is a valid id, not a hostile one") : new HostileText(id))];
}
