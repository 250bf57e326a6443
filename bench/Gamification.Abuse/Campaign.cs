namespace Gamification.Abuse;

/// <summary>Sends the hostile stream at a gateway with some concurrency and judges every answer.</summary>
public sealed class Campaign(HttpClient http, AbuseTargets targets, TimeProvider clock)
{
    public async Task<CampaignReport> RunAsync(int count, int concurrency, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new CampaignReport();
        var requests = new HostileTraffic(targets, clock).Take(count);
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (request, token) =>
        {
            using var message = request.ToMessage();
            using var answer = await http.SendAsync(message, token);
            var body = await answer.Content.ReadAsStringAsync(token);
            report.Record(request, (int)answer.StatusCode,
                AnswerCheck.Judge(request, (int)answer.StatusCode, answer.Content.Headers.ContentType?.MediaType, body, targets.VictimMarker));
            if (report.Sent % 1000 == 0)
                progress?.Report(report.Sent);
        });
        return report;
    }
}
