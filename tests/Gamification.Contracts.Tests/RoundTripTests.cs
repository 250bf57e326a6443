using System.Reflection;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Rulesets;
using Gamification.Contracts.Wallets;

namespace Gamification.Contracts.Tests;

/// <summary>Every contract type crosses a grain boundary (serialized to another silo or client, or copied locally) unchanged.</summary>
public sealed class RoundTripTests
{
    private static readonly Dictionary<Type, object> SampleByType = Samples.All().ToDictionary(s => s.GetType());

    public static TheoryData<string> ContractTypes() => [.. ContractTypeNames()];

    public static TheoryData<string> ContractValueTypes() => [.. ContractTypeNames().Where(n => !typeof(Exception).IsAssignableFrom(TypeNamed(n)))];

    [Fact]
    public void Every_contract_type_has_a_sample_value()
    {
        var contractTypes = ContractShape.SerializableTypes().Select(t => t.FullName).Order().ToList();
        var sampled = SampleByType.Keys.Select(t => t.FullName).Order().ToList();
        Assert.Equal(contractTypes, sampled);
    }

    [Theory]
    [MemberData(nameof(ContractValueTypes))]
    public void A_contract_value_read_back_from_the_wire_equals_the_value_written(string typeName)
    {
        var sample = SampleByType[TypeNamed(typeName)];

        var read = OrleansCodec.RoundTrip(sample);

        Structural.Equivalent(sample, read);
    }

    [Theory]
    [MemberData(nameof(ContractValueTypes))]
    public void A_contract_value_written_as_its_declared_type_reads_back_equal(string typeName)
    {
        var sample = SampleByType[TypeNamed(typeName)];
        var roundTrip = typeof(OrleansCodec).GetMethod(nameof(OrleansCodec.RoundTrip))!.MakeGenericMethod(sample.GetType());

        var read = roundTrip.Invoke(null, [sample]);

        Structural.Equivalent(sample, read);
    }

    [Theory]
    [MemberData(nameof(ContractValueTypes))]
    public void A_contract_value_copied_for_a_local_call_equals_the_original_and_is_shared_only_when_immutable(string typeName)
    {
        var sample = SampleByType[TypeNamed(typeName)];

        var copy = OrleansCodec.Copier.Copy(sample);

        Structural.Equivalent(sample, copy);
        if (!sample.GetType().IsValueType)
            Assert.Equal(sample.GetType().IsDefined(typeof(ImmutableAttribute)), ReferenceEquals(sample, copy));
    }

    [Fact]
    public void Immutable_records_compare_equal_by_value_after_a_round_trip()
    {
        foreach (var sample in SampleByType.Values.Where(s => s.GetType().IsDefined(typeof(ImmutableAttribute))))
            Assert.Equal(sample, OrleansCodec.RoundTrip(sample));
    }

    [Fact]
    public void Null_members_and_defaulted_optional_parameters_read_back_as_null()
    {
        var ruleset = Samples.Ruleset with { Description = null, XpPerLevel = null, DailyRewardExp = null, Paths = null };

        var read = OrleansCodec.RoundTrip(ruleset);
        var line = OrleansCodec.RoundTrip(Samples.DailyRewardLine);

        Assert.Null(read.Paths);
        Assert.Null(read.Description);
        Assert.Null(read.XpPerLevel);
        Assert.Equal(Samples.DailyRewardLine, line);
        Assert.Null(line.Target);
        Assert.Null(line.CutBy);
    }

    [Fact]
    public void Computed_properties_are_recomputed_from_the_serialized_members()
    {
        var rejected = Samples.Award with { Status = AwardStatus.Rejected };
        var pending = Samples.Transfer with { Status = TransferStatus.Debited, FinishedAt = null };
        var unchanged = Samples.Replayed with { ProposedXp = Samples.Replayed.CurrentXp, ProposedRefusal = Samples.Replayed.CurrentRefusal };

        Assert.False(OrleansCodec.RoundTrip(rejected).Success);
        Assert.True(OrleansCodec.RoundTrip(Samples.Award).Success);
        Assert.False(OrleansCodec.RoundTrip(pending).IsFinal);
        Assert.True(OrleansCodec.RoundTrip(Samples.Transfer).IsFinal);
        Assert.False(OrleansCodec.RoundTrip(unchanged).Changed);
        Assert.True(OrleansCodec.RoundTrip(Samples.Replayed).Changed);
        Assert.False(OrleansCodec.RoundTrip(new RulesetChange(null, ["$.badges.vip.name: required"])).Applied);
        Assert.True(OrleansCodec.RoundTrip(new RulesetEditResult(Samples.Ruleset, [], 7, false)).Applied);
    }

    [Fact]
    public void A_thrown_unknown_app_exception_reaches_the_caller_with_its_app_message_and_stack_trace()
    {
        var thrown = Thrown(new UnknownAppException("acme"));

        var read = OrleansCodec.RoundTrip<Exception>(thrown);

        var unknown = Assert.IsType<UnknownAppException>(read);
        Assert.Equal("acme", unknown.App);
        Assert.Equal("App 'acme' is not configured", unknown.Message);
        Assert.Contains(nameof(Thrown), unknown.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thrown_tokens_not_configured_exception_reaches_the_caller_with_its_app_and_message()
    {
        var read = OrleansCodec.RoundTrip<Exception>(Thrown(new TokensNotConfiguredException("acme")));

        var notConfigured = Assert.IsType<TokensNotConfiguredException>(read);
        Assert.Equal("acme", notConfigured.App);
        Assert.Equal("The app 'acme' has no token economy", notConfigured.Message);
        Assert.NotNull(notConfigured.StackTrace);
    }

    [Fact]
    public void A_storage_unavailable_exception_reaches_the_caller_with_its_grain_and_its_cause_in_the_message()
    {
        var thrown = Thrown(new StorageUnavailableException(Samples.InspectedGrain, "the state write timed out", new TimeoutException("no answer in 5 s")));

        var read = Assert.IsType<StorageUnavailableException>(OrleansCodec.RoundTrip<Exception>(thrown));

        Assert.Equal(Samples.InspectedGrain, read.Grain);
        Assert.Equal(thrown.Message, read.Message);
        Assert.Contains("TimeoutException: no answer in 5 s", read.Message, StringComparison.Ordinal);
        Assert.Null(read.InnerException);
    }

    [Theory]
    [MemberData(nameof(ExceptionTypes))]
    public void A_contract_exception_keeps_its_type_message_and_own_properties_through_the_wire_and_the_copier(string typeName)
    {
        var sample = (Exception)SampleByType[TypeNamed(typeName)];
        var thrown = Thrown(sample);

        foreach (var read in new[] { OrleansCodec.RoundTrip<Exception>(thrown), OrleansCodec.Copier.Copy<Exception>(thrown) })
        {
            Assert.IsType(sample.GetType(), read);
            Assert.Equal(sample.Message, read.Message);
            Assert.Equal(sample.InnerException?.Message, read.InnerException?.Message);
            foreach (var property in sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                Assert.Equal(property.GetValue(sample), property.GetValue(read));
        }
    }

    public static TheoryData<string> ExceptionTypes() => [.. ContractTypeNames().Where(n => typeof(Exception).IsAssignableFrom(TypeNamed(n)))];

    private static IEnumerable<string> ContractTypeNames() => ContractShape.SerializableTypes().Select(t => t.FullName!).Order();

    private static Type TypeNamed(string fullName) => ContractShape.Assembly.GetType(fullName, throwOnError: true)!;

    private static T Thrown<T>(T exception) where T : Exception
    {
        try
        {
            throw exception;
        }
        catch (T caught)
        {
            return caught;
        }
    }
}
