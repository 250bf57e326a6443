namespace Gamification.Runtime.AdoNet;

/// <summary>How a grain's rows are keyed in every table: partition first, then type and key.</summary>
internal static class GrainRowKey
{
    public const string Where = "partition = @partition AND grain_type = @grain_type AND grain_key = @grain_key";

    public static (string Name, object Value)[] Parameters(GrainId grain, int partition) =>
        [("@partition", partition), ("@grain_type", grain.Type), ("@grain_key", grain.Key)];
}
