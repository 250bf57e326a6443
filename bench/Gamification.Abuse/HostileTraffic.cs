namespace Gamification.Abuse;

/// <summary>
/// The campaign's requests: every family of attack in turn, each request a valid call of the API
/// with exactly one thing made hostile, so that any acceptance is a finding. Seeded, so a run repeats.
/// </summary>
public sealed class HostileTraffic(AbuseTargets targets, TimeProvider clock, int seed = 7)
{
    private const int OversizedEvery = 250;

    private readonly Random random = new(seed);

    public IEnumerable<HostileRequest> Take(int count)
    {
        var families = new Func<int, HostileRequest>[] { PoisonedField, PoisonedField, MalformedBody, HostileCredential, CrossApp, WrongShape };
        for (var i = 0; i < count; i++)
        {
            var request = i % OversizedEvery == OversizedEvery - 1 ? Oversized(i) : families[i % families.Length](i);
            yield return request.Path.Contains("%00", StringComparison.Ordinal) ? request with { Expectation = Expectation.RefusedByHttpServer } : request;
        }
    }

    private HostileRequest PoisonedField(int i)
    {
        var template = Template(i);
        var field = Pick(template.Fields);
        if (field.Place != FieldPlace.Body)
        {
            var hostile = field.Kind == FieldKind.Id ? Pick(HostileIds.All) : new HostileText(Pick(PoisonValues.UrlNumbers));
            // An empty search is a plain listing, not an attack; a path step of dots never leaves the client (it resolves them).
            while ((field.Name == "search" && hostile.Raw.Length == 0) || (field.Place == FieldPlace.Path && hostile.Raw.Trim('.').Length == 0))
                hostile = Pick(HostileIds.All);
            var (path, body) = template.Render(field, null, hostile.Url);
            return new($"hostile {field.Kind.ToString().ToLowerInvariant()} in {field.Place.ToString().ToLowerInvariant()}", template.Method, path, body, Credential(template));
        }
        var (bodyPath, poisoned) = template.Render(field, Pick(PoisonValues.For(field.Kind)), null);
        return new($"hostile {field.Kind.ToString().ToLowerInvariant()} in body", template.Method, bodyPath, poisoned, Credential(template));
    }

    private HostileRequest MalformedBody(int i)
    {
        var template = Writes(i);
        var (path, _) = template.Render(null, null, null);
        return new("malformed json", template.Method, path, Pick(MalformedBodies.For(targets.Victims[0])), Credential(template));
    }

    private HostileRequest HostileCredential(int i)
    {
        var template = Template(i);
        var (path, body) = template.Render(null, null, null);
        Credential[] wrong =
        [
            Abuse.Credential.None, Abuse.Credential.ApiKey("unknown-key", $"gk_{Guid.NewGuid():N}"), Abuse.Credential.ApiKey("empty-key", ""),
            Abuse.Credential.ApiKey("key-with-sql", "' OR '1'='1"), .. HostileTokens.For(targets, $"attacker-{i % 7}", clock),
        ];
        // A read-only key may read; on writes it is the wrong scope.
        var credential = template.Writes && random.Next(4) == 0 ? targets.ReadOnlyKey : Pick(wrong);
        return new($"credential: {credential.Name}", template.Method, path, body, credential);
    }

    private HostileRequest CrossApp(int i)
    {
        var reads = RequestTemplates.For(Victim(i), targets.Module, Key(i)).Where(t => !t.Writes).ToList();
        var template = reads[i % reads.Count];
        var (path, body) = template.Render(null, null, null);
        return new("another app's key on this app's users", template.Method, path, body, targets.OtherAppKey, Expectation.RefusedOrBlind);
    }

    private HostileRequest WrongShape(int i)
    {
        var template = Writes(i);
        var (path, body) = template.Render(null, null, null);
        return (i / 6 % 4) switch
        {
            0 => new("wrong content type", template.Method, path, body, Credential(template), ContentType: Pick(["text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data"])),
            1 => new("wrong method", HttpMethod.Delete, path, null, Credential(template)),
            2 => new("unknown route", template.Method, path + Pick(["%00", "/..%2f..%2fadmin", "/extra", ".json", "%2F"]), body, Credential(template)),
            _ => new("missing body", template.Method, path, null, Credential(template)),
        };
    }

    private HostileRequest Oversized(int i)
    {
        var template = Writes(i);
        var (path, _) = template.Render(null, null, null);
        var huge = new string('x', random.Next(1, 5) * 1024 * 1024);
        return new("oversized body", template.Method, path, $"{{\"user_id\":\"{huge}\",\"action\":\"create_character\"}}", Credential(template));
    }

    private RequestTemplate Template(int i)
    {
        var all = RequestTemplates.For(Victim(i), targets.Module, Key(i));
        return all[random.Next(all.Count)];
    }

    private RequestTemplate Writes(int i)
    {
        var writes = RequestTemplates.For(Victim(i), targets.Module, Key(i)).Where(t => t.Writes).ToList();
        return writes[random.Next(writes.Count)];
    }

    private Credential Credential(RequestTemplate template) => template.Writes ? targets.AppKey : Pick([targets.AppKey, targets.ReadOnlyKey]);

    private string Victim(int i) => targets.Victims[i % targets.Victims.Count];

    private static string Key(int i) => $"abuse-{i}";

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
