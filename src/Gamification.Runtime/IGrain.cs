namespace Gamification.Runtime;

/// <summary>Marker for every grain interface: its methods are turns of one activation, returning Task or Task&lt;T&gt;.</summary>
public interface IGrain;
