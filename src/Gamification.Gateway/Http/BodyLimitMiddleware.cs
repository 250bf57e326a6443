using Gamification.Gateway.Configuration;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Http;

/// <summary>
/// Refuses bodies over <see cref="GatewayOptions.MaxRequestBodyBytes"/> with 413 before anything reads
/// them. A chunked body is read here, up to the limit, so an oversize one is refused the same way.
/// </summary>
internal sealed class BodyLimitMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    private readonly int limit = options.Value.MaxRequestBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!GatewayEndpoint.Is(context) || context.Request.ContentLength == 0 || !HasBody(context.Request))
        {
            await next(context);
            return;
        }
        var max = context.GetEndpoint()?.Metadata.GetMetadata<LargeBody>()?.Bytes ?? limit;
        if (context.Request.ContentLength > max)
            throw TooLarge();
        if (context.Request.ContentLength is null)
            context.Request.Body = await Buffered(context.Request.Body, max, context.RequestAborted);
        await next(context);
    }

    private static async Task<MemoryStream> Buffered(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;

    private static BadHttpRequestException TooLarge() => new("Request body too large", StatusCodes.Status413PayloadTooLarge);
}
