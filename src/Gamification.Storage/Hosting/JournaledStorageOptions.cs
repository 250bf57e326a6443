using System.Text.Json;

namespace Gamification.Storage;

/// <summary>Where and how the journaled storage provider keeps grain state (configuration section <c>JournaledStorage</c>); checked at start.</summary>
public sealed class JournaledStorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "JournaledStorage";

    /// <summary>The database's ADO.NET invariant: <see cref="StorageInvariants.Npgsql"/> or a SQLite one (<see cref="StorageInvariants.MicrosoftDataSqlite"/>).</summary>
    public string Invariant { get; set; } = StorageInvariants.MicrosoftDataSqlite;

    /// <summary>An Npgsql connection string, or a SQLite one naming the file (<c>Data Source=data/gamification.db</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>How grain state is serialized; the host adds its JsonSerializerContext to the resolver chain for source-generated state types.</summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// How grain state is read back, if not with <see cref="SerializerOptions"/>: for contract customizations
    /// that only reading needs (a customized contract costs writes the source-generated fast path).
    /// </summary>
    public JsonSerializerOptions? DeserializerOptions { get; set; }

    /// <summary>How writes are grouped into transactions.</summary>
    public GroupCommitOptions GroupCommit { get; set; } = new();

    /// <summary>
    /// How many hash partitions the partition column spreads grain keys over. Fixed for the life of a
    /// database's data: the home-made runtime's default, so its rows keep their partition.
    /// </summary>
    public int PartitionCount { get; set; } = 1024;
}
