using Gamification.Client;
using Gamification.Contracts.Awards;

namespace Gamification.Samples.AwardWorker;

/// <summary>Awards <see cref="SampleSettings.Events"/> events to one user, prints each answer and the profile, then stops the host.</summary>
internal sealed partial class Awarding(IGamificationClient gamification, SampleSettings sample, IHostApplicationLifetime lifetime, ILogger<Awarding> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            for (var n = 1; n <= sample.Events; n++)
            {
                var command = new AwardCommand(sample.User, sample.Action, $"{sample.KeyPrefix}-{sample.User}-{n}");
                var result = await gamification.AwardAsync(sample.App, command, stoppingToken);
                LogAward(n, result.IdempotencyKey, result.Status, result.ExpAdded, result.TotalExp, result.Level);
            }
            var profile = await gamification.GetProfileAsync(sample.App, sample.User, stoppingToken);
            LogProfile(sample.App, sample.User, profile.ExperiencePoints, profile.Level);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Award {Number} {IdempotencyKey}: {Status}, +{ExpAdded} XP, {TotalExp} XP in all, level {Level}")]
    private partial void LogAward(int number, string idempotencyKey, AwardStatus status, int expAdded, long totalExp, int level);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile of {App}/{User}: {ExperiencePoints} XP, level {Level}")]
    private partial void LogProfile(string app, string user, long experiencePoints, int level);

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker stopped on a failed call")]
    private partial void LogFailed(Exception exception);
}
