using System.Text.Json;

namespace Gamification.Grains;

/// <summary>The JSON contract of grain state, for the storage the silo configures: one for writing, one for reading back.</summary>
public static class GrainStateJson
{
    /// <summary>Writes through the source-generated contract (snake_case, enums as strings).</summary>
    public static JsonSerializerOptions Writing => GrainsJsonContext.Default.Options;

    /// <summary>Reads the same contract, sharing one copy of each name that every user's state repeats.</summary>
    public static JsonSerializerOptions Reading => StateReading.Options;
}
