namespace Gamification.Storage;

/// <summary>
/// How a grain's rows are keyed in every table: its partition first, then the Orleans grain type and key as
/// text (<c>user-progress</c>, <c>mikoshi/alice</c>). The partition is a function of the key, so
/// (partition, type, key, x) is unique exactly when (type, key, x) is.
/// </summary>
internal readonly record struct GrainRow(GrainId Grain, string Type, string Key, int Partition)
{
    public const string Where = "partition = @partition AND grain_type = @grain_type AND grain_key = @grain_key";

    public static GrainRow Of(GrainId grain, KeyPartitioner partitioner)
    {
        var key = grain.Key.ToString();
        return new(grain, grain.Type.ToString(), key, partitioner.GetPartition(key));
    }

    public (string Name, object Value)[] Parameters() =>
        [("@partition", Partition), ("@grain_type", Type), ("@grain_key", Key)];
}
