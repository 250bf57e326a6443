using System.Text;

namespace Gamification.Runtime;

/// <summary>A snapshot of which silo holds each partition, as silos serve it to clients (binary, a few KB for 1024 partitions).</summary>
/// <param name="Owners">The owner endpoint of each partition, null where none holds it.</param>
public sealed record PartitionMap(IReadOnlyList<Uri?> Owners)
{
    private const byte Version = 1;

    public static PartitionMap Of(IPartitionDirectory directory, int partitionCount) =>
        new([.. Enumerable.Range(0, partitionCount).Select(p => directory.OwnerOf(p)?.Endpoint)]);

    public byte[] Write()
    {
        var silos = Owners.OfType<Uri>().Distinct().ToList();
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write7BitEncodedInt(silos.Count);
            foreach (var silo in silos)
                writer.Write(silo.ToString());
            writer.Write7BitEncodedInt(Owners.Count);
            foreach (var owner in Owners)
                writer.Write7BitEncodedInt(owner is null ? 0 : silos.IndexOf(owner) + 1);
        }
        return buffer.ToArray();
    }

    public static PartitionMap Read(byte[] body)
    {
        using var reader = new BinaryReader(new MemoryStream(body, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != Version)
            throw new InvalidDataException("Unknown partition map version.");
        var silos = Enumerable.Range(0, reader.Read7BitEncodedInt()).Select(_ => new Uri(reader.ReadString())).ToList();
        var owners = Enumerable.Range(0, reader.Read7BitEncodedInt()).Select(_ => reader.Read7BitEncodedInt() is var i and > 0 ? silos[i - 1] : null);
        return new PartitionMap([.. owners]);
    }
}
