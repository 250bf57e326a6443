using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>Log messages of activations and the idle collector.</summary>
internal static partial class ActivationLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Activated {Grain}")]
    public static partial void Activated(this ILogger logger, GrainId grain);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Activating {Grain} failed; its waiting calls fail with the same error")]
    public static partial void ActivationFailed(this ILogger logger, GrainId grain, Exception error);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Deactivated {Grain} ({ReasonCode}: {Description})")]
    public static partial void Deactivated(this ILogger logger, GrainId grain, DeactivationReasonCode reasonCode, string description);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "OnDeactivateAsync of {Grain} threw; the activation ends anyway")]
    public static partial void DeactivationFailed(this ILogger logger, GrainId grain, Exception error);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Collected {Collected} idle activations; {Remaining} remain")]
    public static partial void Collected(this ILogger logger, int collected, int remaining);
}
