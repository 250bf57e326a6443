namespace Gamification.Runtime;

/// <summary>Where an activation is in its life.</summary>
internal enum ActivationStatus
{
    /// <summary>Its first turn is loading state and running OnActivateAsync.</summary>
    Activating,

    /// <summary>Serving calls.</summary>
    Active,

    /// <summary>Gone from the catalog; calls that still reach it retry on a new activation.</summary>
    Deactivated,
}
