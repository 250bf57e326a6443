namespace Gamification.Runtime;

/// <summary>Turns exceptions into <see cref="RemoteFailure"/>s and back, by registered type; anything else arrives as <see cref="InvalidOperationException"/>.</summary>
public sealed class RemoteExceptions
{
    private const string UnknownCode = "error";
    private readonly Dictionary<Type, RemoteExceptionType> _byType = [];
    private readonly Dictionary<string, RemoteExceptionType> _byCode = new(StringComparer.Ordinal);

    public RemoteExceptions(IEnumerable<RemoteExceptionType> registered)
    {
        foreach (var type in BuiltIn.Concat(registered))
        {
            _byType[type.Type] = type;
            _byCode[type.Code] = type;
        }
    }

    public RemoteFailure Describe(Exception exception) => exception switch
    {
        _ when _byType.TryGetValue(exception.GetType(), out var type) => new RemoteFailure(type.Code, MessageOf(exception), type.Detail(exception)),
        // Storage away mid-call (a restart, refused connections): the caller retries with the same key, as for any unavailable grain.
        System.Data.Common.DbException { IsTransient: true } => new RemoteFailure("grain-unavailable", $"storage failed: {exception.Message}", null),
        _ => new RemoteFailure(UnknownCode, $"{exception.GetType().Name}: {exception.Message}", null),
    };

    public Exception Rebuild(GrainId grain, RemoteFailure failure) => _byCode.TryGetValue(failure.Code, out var type)
        ? type.Rebuild(grain, failure.Message, failure.Detail)
        : new InvalidOperationException(failure.Message);

    // ArgumentException appends " (Parameter 'x')" to its message; the name travels as the detail instead.
    private static string MessageOf(Exception exception) => exception is ArgumentException { ParamName: { } name } argument
        ? argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal)
        : exception.Message;

    private static readonly RemoteExceptionType[] BuiltIn =
    [
        new("grain-unavailable", typeof(GrainUnavailableException), _ => null,
            (grain, message, _) => new GrainUnavailableException(grain, $"the silo answered: {message}")),
        new("inconsistent-state", typeof(InconsistentStateException), e => ((InconsistentStateException)e).ExpectedETag,
            (grain, _, etag) => new InconsistentStateException(grain, etag)),
        new("duplicate-journal-entry", typeof(DuplicateJournalEntryException), e => ((DuplicateJournalEntryException)e).IdempotencyKey,
            (grain, _, key) => new DuplicateJournalEntryException(grain, key ?? "")),
        new("argument", typeof(ArgumentException), e => ((ArgumentException)e).ParamName,
            (_, message, name) => new ArgumentException(message, name)),
        new("argument-null", typeof(ArgumentNullException), e => ((ArgumentException)e).ParamName,
            (_, message, name) => new ArgumentNullException(name, message)),
        new("argument-out-of-range", typeof(ArgumentOutOfRangeException), e => ((ArgumentException)e).ParamName,
            (_, message, name) => new ArgumentOutOfRangeException(name, message)),
        new("invalid-operation", typeof(InvalidOperationException), _ => null, (_, message, _) => new InvalidOperationException(message)),
        new("not-supported", typeof(NotSupportedException), _ => null, (_, message, _) => new NotSupportedException(message)),
        new("key-not-found", typeof(KeyNotFoundException), _ => null, (_, message, _) => new KeyNotFoundException(message)),
        new("timeout", typeof(TimeoutException), _ => null, (_, message, _) => new TimeoutException(message)),
    ];
}
