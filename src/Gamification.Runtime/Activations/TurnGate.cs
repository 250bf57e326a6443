namespace Gamification.Runtime;

/// <summary>
/// The turns of one activation, first come first served: one turn at a time, except that
/// consecutive read-only turns run together.
/// </summary>
internal sealed class TurnGate(bool heldByWriter)
{
    private readonly Lock _lock = new();
    private readonly Queue<(bool ReadOnly, TaskCompletionSource Admitted)> _waiting = new();
    private bool _writer = heldByWriter;
    private int _readers;

    public Task EnterAsync(bool readOnly)
    {
        lock (_lock)
        {
            if (_waiting.Count == 0 && CanEnter(readOnly))
            {
                Admit(readOnly);
                return Task.CompletedTask;
            }
            // Asynchronous continuations: a released turn must not run the next one on its own stack.
            var admitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((readOnly, admitted));
            return admitted.Task;
        }
    }

    /// <summary>Takes a writer turn only if the activation is idle right now, without queueing.</summary>
    public bool TryEnterIdle()
    {
        lock (_lock)
        {
            if (_waiting.Count > 0 || !CanEnter(readOnly: false))
                return false;
            Admit(readOnly: false);
            return true;
        }
    }

    public void Exit(bool readOnly)
    {
        lock (_lock)
        {
            if (readOnly)
                _readers--;
            else
                _writer = false;
            while (_waiting.TryPeek(out var next) && CanEnter(next.ReadOnly))
            {
                _waiting.Dequeue();
                Admit(next.ReadOnly);
                next.Admitted.SetResult();
            }
        }
    }

    private bool CanEnter(bool readOnly) => !_writer && (readOnly || _readers == 0);

    private void Admit(bool readOnly)
    {
        if (readOnly)
            _readers++;
        else
            _writer = true;
    }
}
