namespace Gamification.Runtime;

/// <summary>
/// The turns of one activation, first come first served: one turn at a time, except that
/// consecutive read-only turns run together.
/// </summary>
/// <remarks>
/// Every activation has one, so an idle gate holds nothing but its counts: waiting turns are linked
/// through themselves instead of a queue, and the gate is its own lock (it never leaves its activation).
/// </remarks>
internal sealed class TurnGate(bool heldByWriter)
{
    private TurnWaiter? _first;
    private TurnWaiter? _last;
    private bool _writer = heldByWriter;
    private int _readers;

    public Task EnterAsync(bool readOnly)
    {
        lock (this)
        {
            if (_first is null && CanEnter(readOnly))
            {
                Admit(readOnly);
                return Task.CompletedTask;
            }
            var waiter = new TurnWaiter(readOnly);
            if (_last is null)
                _first = waiter;
            else
                _last.Next = waiter;
            _last = waiter;
            return waiter.Task;
        }
    }

    /// <summary>Takes a writer turn only if the activation is idle right now, without queueing.</summary>
    public bool TryEnterIdle()
    {
        lock (this)
        {
            if (_first is not null || !CanEnter(readOnly: false))
                return false;
            Admit(readOnly: false);
            return true;
        }
    }

    public void Exit(bool readOnly)
    {
        lock (this)
        {
            if (readOnly)
                _readers--;
            else
                _writer = false;
            while (_first is { } next && CanEnter(next.ReadOnly))
            {
                _first = next.Next;
                if (_first is null)
                    _last = null;
                Admit(next.ReadOnly);
                next.SetResult();
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
