namespace Gamification.Grains.Midnight;

/// <summary>Where an app's midnight catch-up of one day stands.</summary>
[GenerateSerializer]
[Alias("gamification.catch-up-status")]
public enum CatchUpStatus
{
    /// <summary>Sweeping now (started by this call or an earlier one): ask again later.</summary>
    Running,

    /// <summary>Every user whose midnight was missed is reset: nothing more to do for the day.</summary>
    Done,
}
