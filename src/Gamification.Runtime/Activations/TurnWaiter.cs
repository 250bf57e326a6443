namespace Gamification.Runtime;

/// <summary>A turn waiting at a <see cref="TurnGate"/>: completed when admitted, and the link to the turn behind it.</summary>
/// <remarks>Asynchronous continuations: a released turn must not run the next one on its own stack.</remarks>
internal sealed class TurnWaiter(bool readOnly) : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public bool ReadOnly { get; } = readOnly;

    public TurnWaiter? Next { get; set; }
}
