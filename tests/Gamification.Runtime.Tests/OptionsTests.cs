using Microsoft.Extensions.Options;

namespace Gamification.Runtime.Tests;

public sealed class OptionsTests
{
    private readonly TestDeployment _deployment = new();

    [Theory]
    [InlineData("IdleCollectionAge")]
    [InlineData("ReminderPollInterval")]
    [InlineData("GroupCommitMaxBatchSize")]
    [InlineData("PartitionCount")]
    [InlineData("GroupCommitConcurrency")]
    public async Task A_bad_setting_fails_the_start_naming_its_key(string key)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => _deployment.StartSiloAsync(o =>
        {
            o.IdleCollectionAge = key == "IdleCollectionAge" ? TimeSpan.Zero : o.IdleCollectionAge;
            o.ReminderPollInterval = key == "ReminderPollInterval" ? TimeSpan.FromSeconds(-1) : o.ReminderPollInterval;
            o.GroupCommitMaxBatchSize = key == "GroupCommitMaxBatchSize" ? 0 : o.GroupCommitMaxBatchSize;
            o.PartitionCount = key == "PartitionCount" ? 0 : o.PartitionCount;
            o.GroupCommitConcurrency = key == "GroupCommitConcurrency" ? 17 : o.GroupCommitConcurrency;
        }));

        Assert.Contains($"GrainRuntime:{key}", error.Message);
    }

    [Fact]
    public async Task A_group_commit_concurrency_out_of_range_names_the_key_and_the_range()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => _deployment.StartSiloAsync(o => o.GroupCommitConcurrency = 0));

        Assert.Contains("GrainRuntime:GroupCommitConcurrency must be between 1 and 16", error.Message);
    }

    [Fact]
    public async Task A_look_ahead_shorter_than_the_poll_interval_is_refused()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => _deployment.StartSiloAsync(o =>
        {
            o.ReminderPollInterval = TimeSpan.FromSeconds(30);
            o.ReminderLookAhead = TimeSpan.FromSeconds(10);
        }));

        Assert.Contains("GrainRuntime:ReminderLookAhead must be at least GrainRuntime:ReminderPollInterval", error.Message);
    }

    [Fact]
    public void The_defaults_are_valid_and_match_the_design()
    {
        var defaults = new GrainRuntimeOptions();

        Assert.True(new GrainRuntimeOptionsValidator().Validate(null, defaults).Succeeded);
        Assert.Equal(TimeSpan.FromMinutes(15), defaults.IdleCollectionAge);
        Assert.Equal(TimeSpan.FromMinutes(1), defaults.MinimumReminderPeriod);
        Assert.Equal(1024, defaults.PartitionCount);
    }
}
