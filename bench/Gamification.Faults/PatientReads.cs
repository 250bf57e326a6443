using System.Diagnostics;
using System.Net;

namespace Gamification.Faults;

/// <summary>The audits' own calls: a 503 (the cluster still settling after a fault) is retried for up to two minutes.</summary>
internal static class PatientReads
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task<string> SendAsync(Func<Task<HttpResponseMessage>> send, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
                return body;
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || clock.Elapsed > Patience)
                throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
            await Task.Delay(500);
        }
    }
}
