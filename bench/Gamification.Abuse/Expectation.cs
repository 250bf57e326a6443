namespace Gamification.Abuse;

/// <summary>What the gateway must answer a hostile request with.</summary>
public enum Expectation
{
    /// <summary>A 4xx with an RFC 7807 problem body.</summary>
    Refused,

    /// <summary>Refused, or a 2xx that reveals nothing of the victim (an app sees only its own users).</summary>
    RefusedOrBlind,

    /// <summary>
    /// A 4xx from the HTTP server itself, before any endpoint runs (a NUL byte in the request target):
    /// Kestrel answers those with a bare 400 that no application code can dress as a problem.
    /// </summary>
    RefusedByHttpServer,
}
