namespace Gamification.Gateway.Http;

/// <summary>Endpoint metadata: this endpoint takes bodies up to <paramref name="Bytes"/> (a batch), not the gateway's usual limit.</summary>
internal sealed record LargeBody(int Bytes);
