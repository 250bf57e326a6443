namespace Gamification.Runtime;

/// <summary>
/// An exception type that crosses the wire as itself: callers catch the same type a local call would throw.
/// Register more with <c>AddRemoteException</c> (the contracts' exceptions, for example).
/// </summary>
/// <param name="Code">The stable code on the wire.</param>
/// <param name="Type">The exception type (exactly; subclasses register their own).</param>
/// <param name="Detail">The one property the caller needs to rebuild it.</param>
/// <param name="Rebuild">Makes the exception again on the caller from the grain called, the message and the detail.</param>
public sealed record RemoteExceptionType(string Code, Type Type, Func<Exception, string?> Detail, Func<GrainId, string, string?, Exception> Rebuild);
