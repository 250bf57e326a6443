namespace Gamification.Runtime;

/// <summary>
/// The silo side of the transport: runs a call that arrived over the wire on this silo's activations, or
/// answers "moved" when this silo does not hold the grain's partition. It never forwards a call itself.
/// </summary>
public sealed class SiloCallDispatcher
{
    private readonly IPartitionDirectory _directory;
    private readonly GrainPartitioner _partitioner;
    private readonly GrainInterfaceMap _interfaces;
    private readonly LocalGrainCallInvoker _local;
    private readonly GrainCallSerializer _serializer;
    private readonly RemoteExceptions _exceptions;

    internal SiloCallDispatcher(
        IPartitionDirectory directory, GrainPartitioner partitioner, GrainInterfaceMap interfaces,
        LocalGrainCallInvoker local, GrainCallSerializer serializer, RemoteExceptions exceptions)
    {
        _directory = directory;
        _partitioner = partitioner;
        _interfaces = interfaces;
        _local = local;
        _serializer = serializer;
        _exceptions = exceptions;
    }

    /// <summary>Runs the call in <paramref name="body"/> (an envelope) and returns the answer's envelope; throws <see cref="InvalidDataException"/> on a malformed one.</summary>
    public async Task<byte[]> DispatchAsync(ReadOnlyMemory<byte> body)
    {
        var request = GrainCallEnvelope.ReadRequest(body);
        var partition = _partitioner.GetPartition(request.Key);
        if (!_directory.HoldsLease(partition))
            return GrainCallEnvelope.Write(GrainCallResponse.Moved(ElsewhereOrNull(_directory.OwnerOf(partition))));
        try
        {
            var grain = _interfaces.Grain(request.GrainType, request.Key);
            var method = _interfaces.Method(request.Method);
            var result = await _local.InvokeAsync(grain, method, _serializer.ReadArguments(method, request.Arguments));
            return GrainCallEnvelope.Write(GrainCallResponse.Completed(_serializer.WriteResult(method, result)));
        }
        catch (PartitionMovedException moved)
        {
            return GrainCallEnvelope.Write(GrainCallResponse.Moved(ElsewhereOrNull(moved.Owner)));
        }
        catch (Exception e)
        {
            return GrainCallEnvelope.Write(GrainCallResponse.Failed(_exceptions.Describe(e)));
        }
    }

    /// <summary>The partition map as this silo knows it, for clients to cache.</summary>
    public byte[] PartitionMap() => Runtime.PartitionMap.Of(_directory, _partitioner.PartitionCount).Write();

    private Uri? ElsewhereOrNull(SiloAddress? owner) => owner is null || owner.Endpoint == _directory.Local.Endpoint ? null : owner.Endpoint;
}
