namespace Gamification.Abuse;

/// <summary>One field of a request template: in the path (as {name}), the query or the JSON body, with its valid value.</summary>
public sealed record RequestField(string Name, FieldKind Kind, FieldPlace Place, string ValidJson);

/// <summary>Where a field travels.</summary>
public enum FieldPlace
{
    Path,
    Query,
    Body,
}
