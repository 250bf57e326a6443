using System.Text;

namespace Gamification.Abuse;

/// <summary>A valid request of the API with one field left to poison; poisoned, it must be refused.</summary>
/// <param name="Route">The route with {field} placeholders, e.g. <c>/api/users/{user_id}/progress</c>.</param>
/// <param name="Writes">Whether the valid request would change state (so the key needs a write scope).</param>
public sealed record RequestTemplate(HttpMethod Method, string Route, bool Writes, IReadOnlyList<RequestField> Fields)
{
    /// <summary>The request with <paramref name="poisoned"/> set to <paramref name="json"/> (raw JSON in the body, escaped text in a URL).</summary>
    public (string Path, string? Body) Render(RequestField? poisoned, string? json, string? url)
    {
        var path = new StringBuilder(Route);
        var query = new List<string>();
        var body = new List<string>();
        foreach (var field in Fields)
        {
            var isPoisoned = field == poisoned;
            switch (field.Place)
            {
                case FieldPlace.Path:
                    path.Replace($"{{{field.Name}}}", isPoisoned ? url : Unquote(field.ValidJson));
                    break;
                case FieldPlace.Query:
                    query.Add($"{field.Name}={(isPoisoned ? url : Unquote(field.ValidJson))}");
                    break;
                default:
                    if (!(isPoisoned && json is null))
                        body.Add($"\"{field.Name}\":{(isPoisoned ? json : field.ValidJson)}");
                    break;
            }
        }
        var rendered = query.Count == 0 ? path.ToString() : $"{path}?{string.Join('&', query)}";
        return (rendered, Method == HttpMethod.Get ? null : $"{{{string.Join(',', body)}}}");
    }

    private static string Unquote(string json) => json.Trim('"');
}
