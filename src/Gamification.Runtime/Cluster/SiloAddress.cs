namespace Gamification.Runtime;

/// <summary>
/// Where a silo listens for grain calls, and which start of it this is: a silo restarted on the same
/// endpoint is a new <see cref="Generation"/>, so the cluster never mistakes it for the one that died.
/// </summary>
/// <param name="Endpoint">The base address of its silo-to-silo endpoint, for example <c>http://127.0.0.1:11111</c>.</param>
/// <param name="Generation">A number unique to this start of the silo (its start time in Unix milliseconds).</param>
public sealed record SiloAddress(Uri Endpoint, long Generation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Endpoint.Authority}@{Generation}";
}
