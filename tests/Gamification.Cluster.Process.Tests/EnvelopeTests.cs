using Gamification.Contracts;
using Gamification.Runtime;

namespace Gamification.Cluster.Process.Tests;

/// <summary>The wire format: calls, answers and failures come back as they went.</summary>
public sealed class EnvelopeTests
{
    [Fact]
    public void A_call_round_trips_with_its_idempotency_key_and_arguments()
    {
        var call = new GrainCallRequest("user-progress", "storybook/alice", "IUserProgressGrain.Award/1", "event-1", "[{\"a\":1}]"u8.ToArray());

        var read = GrainCallEnvelope.ReadRequest(GrainCallEnvelope.Write(call));

        Assert.Equal((call.GrainType, call.Key, call.Method, call.IdempotencyKey), (read.GrainType, read.Key, read.Method, read.IdempotencyKey));
        Assert.Equal(call.Arguments.ToArray(), read.Arguments.ToArray());
    }

    [Fact]
    public void Each_outcome_round_trips()
    {
        var owner = new Uri("http://127.0.0.1:11112/");

        var completed = GrainCallEnvelope.ReadResponse(GrainCallEnvelope.Write(GrainCallResponse.Completed("42"u8.ToArray())));
        var moved = GrainCallEnvelope.ReadResponse(GrainCallEnvelope.Write(GrainCallResponse.Moved(owner)));
        var unowned = GrainCallEnvelope.ReadResponse(GrainCallEnvelope.Write(GrainCallResponse.Moved(null)));
        var failed = GrainCallEnvelope.ReadResponse(GrainCallEnvelope.Write(GrainCallResponse.Failed(new RemoteFailure("argument", "bad", "user_id"))));

        Assert.Equal("42"u8.ToArray(), completed.Result.ToArray());
        Assert.Equal(owner, moved.Owner);
        Assert.Equal(GrainCallOutcome.Moved, unowned.Outcome);
        Assert.Null(unowned.Owner);
        Assert.Equal(new RemoteFailure("argument", "bad", "user_id"), failed.Failure);
    }

    [Fact]
    public void A_body_of_another_version_is_refused()
    {
        var body = GrainCallEnvelope.Write(GrainCallResponse.Moved(null));
        body[0] = 99;

        Assert.Throws<InvalidDataException>(() => GrainCallEnvelope.ReadResponse(body));
    }

    [Fact]
    public void Registered_exceptions_are_rebuilt_as_their_own_types_and_others_as_invalid_operation()
    {
        var exceptions = new RemoteExceptions([new RemoteExceptionType("unknown-app", typeof(UnknownAppException), e => ((UnknownAppException)e).App, (_, _, app) => new UnknownAppException(app!))]);
        var grain = new GrainId("user-progress", "storybook/alice");

        Exception RoundTrip(Exception e) => exceptions.Rebuild(grain, exceptions.Describe(e));

        var argument = Assert.IsType<ArgumentException>(RoundTrip(new ArgumentException("must be 1-64 characters", "user_id")));
        Assert.Equal("user_id", argument.ParamName);
        Assert.StartsWith("must be 1-64 characters", argument.Message, StringComparison.Ordinal);
        Assert.Equal("x", Assert.IsType<UnknownAppException>(RoundTrip(new UnknownAppException("x"))).App);
        Assert.Equal("etag-1", Assert.IsType<InconsistentStateException>(RoundTrip(new InconsistentStateException(grain, "etag-1"))).ExpectedETag);
        Assert.IsType<GrainUnavailableException>(RoundTrip(new GrainUnavailableException(grain, "storage away")));
        Assert.IsType<InvalidOperationException>(RoundTrip(new FormatException("odd")));
    }

    [Fact]
    public void A_transient_storage_failure_on_the_silo_reaches_the_caller_as_grain_unavailable_and_a_permanent_one_does_not()
    {
        var exceptions = new RemoteExceptions([]);
        var grain = new GrainId("user-progress", "storybook/alice");

        Exception RoundTrip(Exception e) => exceptions.Rebuild(grain, exceptions.Describe(e));

        // What a silo's driver throws when PostgreSQL restarts under a call (found by the fault campaign: it answered 500).
        Assert.IsType<GrainUnavailableException>(RoundTrip(new Npgsql.NpgsqlException("Exception while writing to stream", new IOException("Broken pipe"))));
        Assert.IsType<InvalidOperationException>(RoundTrip(new Npgsql.PostgresException("syntax error", "ERROR", "ERROR", "42601")));
    }

    [Fact]
    public void A_partition_map_round_trips_with_unowned_partitions()
    {
        var a = new Uri("http://127.0.0.1:11111/");
        var b = new Uri("http://127.0.0.1:11112/");
        var map = new PartitionMap([a, null, b, a]);

        Assert.Equal(map.Owners, PartitionMap.Read(map.Write()).Owners);
    }
}
