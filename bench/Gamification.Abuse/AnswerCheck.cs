using System.Text.Json;

namespace Gamification.Abuse;

/// <summary>Judges one answer against what the hostile request expected.</summary>
public static class AnswerCheck
{
    public static Finding? Judge(HostileRequest request, int status, string? contentType, string body, string victimMarker)
    {
        if (status >= 500)
            return new(request, status, "server error");
        if (status is >= 200 and < 300)
        {
            if (request.Expectation == Expectation.RefusedOrBlind && !body.Contains(victimMarker, StringComparison.Ordinal))
                return null;
            return new(request, status, request.Expectation == Expectation.RefusedOrBlind ? "leaked another app's user" : "accepted");
        }
        if (status is < 400 or >= 500)
            return new(request, status, "not a refusal");
        if (request.Expectation == Expectation.RefusedByHttpServer)
            return null;
        return IsProblem(contentType, body) ? null : new(request, status, "refusal without a problem body");
    }

    private static bool IsProblem(string? contentType, string body)
    {
        if (contentType is null || !contentType.StartsWith("application/problem+json", StringComparison.Ordinal))
            return false;
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("status", out _) && problem.RootElement.TryGetProperty("title", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
