namespace Gamification.Runtime;

/// <summary>One <c>AddGrain&lt;TGrainInterface, TGrain&gt;()</c>: the interface callers use and the class that serves it.</summary>
internal sealed record GrainRegistration(Type Interface, Type Class);
