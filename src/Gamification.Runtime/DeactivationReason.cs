namespace Gamification.Runtime;

/// <summary>Why an activation ends, with a sentence for the log.</summary>
/// <param name="ReasonCode">The kind of reason.</param>
/// <param name="Description">What happened.</param>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description);
