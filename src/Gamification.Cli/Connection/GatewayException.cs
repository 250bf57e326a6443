using System.Text.Json;

namespace Gamification.Cli.Connection;

/// <summary>The gateway answered a read with an error; the message carries its problem detail.</summary>
internal sealed class GatewayException(string message) : Exception(message)
{
    public static async Task ThrowUnlessSuccess(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var detail = await ProblemText.ReadAsync(response, cancellationToken);
        throw new GatewayException($"{(int)response.StatusCode} {response.ReasonPhrase}: {detail}");
    }
}
