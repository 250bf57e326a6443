using System.Text;

namespace Gamification.Runtime;

/// <summary>
/// The compact binary envelope of calls and answers: a version byte, then length-prefixed UTF-8 strings and
/// byte blocks (7-bit encoded lengths), in a fixed order. No field names, no framing beyond the HTTP/2 body.
/// </summary>
public static class GrainCallEnvelope
{
    private const byte Version = 1;

    /// <summary>The content type of envelope bodies.</summary>
    public const string ContentType = "application/x-gamification-call";

    public static byte[] Write(GrainCallRequest request)
    {
        using var buffer = new MemoryStream(64 + request.Arguments.Length);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(request.GrainType);
            writer.Write(request.Key);
            writer.Write(request.Method);
            WriteOptional(writer, request.IdempotencyKey);
            WriteBlock(writer, request.Arguments.Span);
        }
        return buffer.ToArray();
    }

    public static GrainCallRequest ReadRequest(ReadOnlyMemory<byte> body)
    {
        using var reader = Open(body);
        return new GrainCallRequest(reader.ReadString(), reader.ReadString(), reader.ReadString(), ReadOptional(reader), ReadBlock(reader));
    }

    public static byte[] Write(GrainCallResponse response)
    {
        using var buffer = new MemoryStream(16 + response.Result.Length);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write((byte)response.Outcome);
            switch (response.Outcome)
            {
                case GrainCallOutcome.Completed:
                    WriteBlock(writer, response.Result.Span);
                    break;
                case GrainCallOutcome.Moved:
                    WriteOptional(writer, response.Owner?.ToString());
                    break;
                default:
                    writer.Write(response.Failure!.Code);
                    writer.Write(response.Failure.Message);
                    WriteOptional(writer, response.Failure.Detail);
                    break;
            }
        }
        return buffer.ToArray();
    }

    public static GrainCallResponse ReadResponse(ReadOnlyMemory<byte> body)
    {
        using var reader = Open(body);
        return (GrainCallOutcome)reader.ReadByte() switch
        {
            GrainCallOutcome.Completed => GrainCallResponse.Completed(ReadBlock(reader)),
            GrainCallOutcome.Moved => GrainCallResponse.Moved(ReadOptional(reader) is { } owner ? new Uri(owner) : null),
            GrainCallOutcome.Failed => GrainCallResponse.Failed(new RemoteFailure(reader.ReadString(), reader.ReadString(), ReadOptional(reader))),
            var unknown => throw new InvalidDataException($"Unknown call outcome {(byte)unknown}."),
        };
    }

    private static BinaryReader Open(ReadOnlyMemory<byte> body)
    {
        var reader = new BinaryReader(new MemoryStream(body.ToArray(), writable: false), Encoding.UTF8);
        var version = reader.ReadByte();
        return version == Version ? reader : throw new InvalidDataException($"Envelope version {version} is not {Version}.");
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteBlock(BinaryWriter writer, ReadOnlySpan<byte> block)
    {
        writer.Write7BitEncodedInt(block.Length);
        writer.Write(block);
    }

    private static byte[] ReadBlock(BinaryReader reader) => reader.ReadBytes(reader.Read7BitEncodedInt());
}
