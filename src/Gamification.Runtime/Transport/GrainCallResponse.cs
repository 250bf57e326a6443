namespace Gamification.Runtime;

/// <summary>A silo's answer to one grain call.</summary>
/// <param name="Outcome">Completed, moved elsewhere, or failed.</param>
/// <param name="Result">The result as JSON (empty for a plain Task) when completed.</param>
/// <param name="Owner">The silo endpoint that holds the partition, when moved and known.</param>
/// <param name="Failure">What the grain threw, when failed.</param>
public sealed record GrainCallResponse(GrainCallOutcome Outcome, ReadOnlyMemory<byte> Result, Uri? Owner, RemoteFailure? Failure)
{
    public static GrainCallResponse Completed(ReadOnlyMemory<byte> result) => new(GrainCallOutcome.Completed, result, null, null);

    public static GrainCallResponse Moved(Uri? owner) => new(GrainCallOutcome.Moved, default, owner, null);

    public static GrainCallResponse Failed(RemoteFailure failure) => new(GrainCallOutcome.Failed, default, null, failure);
}
