using System.Text.RegularExpressions;

namespace Gamification.Contracts;

/// <summary>
/// What an id (app, user, module, entity, action, idempotency key) may look like: 1-128 printable
/// ASCII characters without '/' and not only dots, so that it is safe inside a grain key, a URL and a log line.
/// </summary>
public static partial class Ids
{
    public const int MaxLength = 128;

    public const string Rule = "must be 1-128 characters of letters, digits and . _ - : @, and not only dots";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    // Only dots ("." "..") reads as a path step in any URL or file name the id may end up in.
    [GeneratedRegex(@"^(?!\.+$)[A-Za-z0-9._:@-]{1,128}$")]
    private static partial Regex Pattern();
}
