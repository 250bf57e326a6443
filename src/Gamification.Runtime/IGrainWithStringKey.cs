namespace Gamification.Runtime;

/// <summary>Marker for grain interfaces whose grains are addressed by a string key (<c>app/user</c>).</summary>
public interface IGrainWithStringKey : IGrain;
