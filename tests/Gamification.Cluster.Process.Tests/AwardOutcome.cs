namespace Gamification.Cluster.Process.Tests;

/// <summary>How an event ended after its retries: the final HTTP status, and how many attempts failed on the way.</summary>
internal sealed record AwardOutcome(int Status, int FailedAttempts);
