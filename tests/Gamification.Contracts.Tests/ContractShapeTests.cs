using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.RegularExpressions;
using Gamification.Contracts.Awards;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Gamification.Contracts.Tests;

/// <summary>What the contracts assembly holds, by reflection.</summary>
internal static class ContractShape
{
    public static Assembly Assembly { get; } = typeof(AwardResult).Assembly;

    /// <summary>The assembly's own public types; the serializers, copiers and proxies Orleans generates into it are left out.</summary>
    public static IEnumerable<Type> PublicTypes() =>
        Assembly.GetExportedTypes().Where(t => !t.IsDefined(typeof(GeneratedCodeAttribute)) && t.DeclaringType?.IsDefined(typeof(GeneratedCodeAttribute)) != true);

    /// <summary>Public types other than interfaces and static classes (which never cross a grain boundary).</summary>
    public static IEnumerable<Type> ContractTypes() =>
        PublicTypes().Where(t => !t.IsInterface && !(t.IsAbstract && t.IsSealed));

    public static IEnumerable<Type> SerializableTypes() => ContractTypes().Where(t => t.IsDefined(typeof(GenerateSerializerAttribute)));

    public static IEnumerable<Type> GrainInterfaces() => PublicTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t));

    public static string? Alias(MemberInfo member) => member.GetCustomAttribute<AliasAttribute>()?.Alias;

    /// <summary>Each instance field a generated codec writes, with the <see cref="IdAttribute"/> of its property (auto-properties) or its own.</summary>
    public static IEnumerable<(string Member, uint? Id)> SerializedMembers(Type type)
    {
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
        {
            var backing = Regex.Match(field.Name, "^<(.+)>k__BackingField$");
            MemberInfo member = backing.Success ? type.GetProperty(backing.Groups[1].Value, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)! : field;
            yield return ($"{type.Name}.{member.Name}", member.GetCustomAttribute<IdAttribute>()?.Id);
        }
    }
}

/// <summary>
/// The attributes that keep the wire format stable across deployments: serializers generated for every
/// contract type, stable aliases instead of .NET type and method names, explicit member ids.
/// </summary>
public sealed class ContractShapeTests
{
    [Fact]
    public void Every_public_type_but_static_classes_has_a_generated_serializer_and_an_alias()
    {
        var missing = ContractShape.ContractTypes()
            .Where(t => !t.IsDefined(typeof(GenerateSerializerAttribute)) || ContractShape.Alias(t) is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(missing);
        Assert.NotEmpty(ContractShape.SerializableTypes());
    }

    [Fact]
    public void Every_grain_interface_and_grain_method_has_an_alias()
    {
        var interfaces = ContractShape.GrainInterfaces().ToList();
        var missing = interfaces.Where(i => ContractShape.Alias(i) is null).Select(i => i.Name)
            .Concat(interfaces.SelectMany(i => i.GetMethods()).Where(m => ContractShape.Alias(m) is null).Select(m => $"{m.DeclaringType!.Name}.{m.Name}"))
            .ToList();

        Assert.Equal(16, interfaces.Count);
        Assert.Empty(missing);
    }

    [Fact]
    public void Type_and_interface_aliases_are_unique_and_namespaced_for_the_service()
    {
        var aliases = ContractShape.ContractTypes().Concat(ContractShape.GrainInterfaces())
            .Select(t => ContractShape.Alias(t)!)
            .ToList();

        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
        Assert.All(aliases, alias => Assert.Matches("^gamification\\.[a-z]+(-[a-z]+)*$", alias));
    }

    [Fact]
    public void A_grain_method_alias_is_its_method_name_and_unique_in_its_interface()
    {
        foreach (var grain in ContractShape.GrainInterfaces())
        {
            var methods = grain.GetMethods();
            Assert.All(methods, m => Assert.Equal(m.Name, ContractShape.Alias(m)));
            Assert.Equal(methods.Length, methods.Select(ContractShape.Alias).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Grain_interfaces_are_orleans_string_keyed_grains_whose_methods_return_tasks()
    {
        Type[] awaitable = [typeof(Task), typeof(Task<>), typeof(ValueTask), typeof(ValueTask<>)];
        foreach (var grain in ContractShape.GrainInterfaces())
        {
            Assert.True(typeof(IGrainWithStringKey).IsAssignableFrom(grain), grain.Name);
            foreach (var method in grain.GetMethods())
            {
                var returns = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericTypeDefinition() : method.ReturnType;
                Assert.True(awaitable.Contains(returns), $"{grain.Name}.{method.Name} returns {method.ReturnType}");
            }
        }
    }

    [Fact]
    public void Read_only_grain_methods_use_the_orleans_read_only_attribute()
    {
        var readOnly = ContractShape.GrainInterfaces().SelectMany(i => i.GetMethods()).Where(m => m.IsDefined(typeof(ReadOnlyAttribute))).ToList();

        Assert.Contains(readOnly, m => m.DeclaringType!.Name == "IUserProgressGrain" && m.Name == "GetProfile");
        Assert.Contains(readOnly, m => m.DeclaringType!.Name == "IWalletGrain" && m.Name == "GetHistory");
    }

    [Fact]
    public void Every_serialized_member_has_an_explicit_id_unique_in_its_type()
    {
        foreach (var type in ContractShape.SerializableTypes().Where(t => !t.IsEnum))
        {
            var members = ContractShape.SerializedMembers(type).ToList();
            Assert.All(members, m => Assert.True(m.Id.HasValue, $"{m.Member} has no [Id]"));
            Assert.Equal(members.Count, members.Select(m => m.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Positional_record_parameters_carry_ids_in_declaration_order()
    {
        foreach (var type in ContractShape.SerializableTypes().Where(t => t.GetMethod("<Clone>$") is not null))
        {
            var primary = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var (parameter, index) in primary.GetParameters().Select((p, i) => (p, i)))
                Assert.Equal((uint)index, type.GetProperty(parameter.Name!)?.GetCustomAttribute<IdAttribute>()?.Id);
        }
    }

    [Fact]
    public void Computed_properties_are_not_serialized()
    {
        var serialized = ContractShape.SerializableTypes().SelectMany(ContractShape.SerializedMembers).Select(m => m.Member).ToHashSet();

        Assert.DoesNotContain("AwardResult.Success", serialized);
        Assert.DoesNotContain("TransferView.IsFinal", serialized);
        Assert.DoesNotContain("ReplayedEvent.Changed", serialized);
        Assert.DoesNotContain("RulesetChange.Applied", serialized);
        Assert.DoesNotContain("RulesetEditResult.Applied", serialized);
        Assert.Contains("AwardResult.Status", serialized);
    }

    [Fact]
    public void Only_types_whose_members_are_all_immutable_are_marked_immutable()
    {
        foreach (var type in ContractShape.SerializableTypes().Where(t => t.IsDefined(typeof(ImmutableAttribute))))
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var immutable = propertyType.IsPrimitive || propertyType.IsEnum || propertyType.IsDefined(typeof(ImmutableAttribute))
                    || propertyType == typeof(string) || propertyType == typeof(decimal) || propertyType == typeof(DateTimeOffset) || propertyType == typeof(DateOnly);
                Assert.True(immutable, $"{type.Name}.{property.Name} ({propertyType.Name}) is not immutable");
            }
        }
    }

    [Fact]
    public void Contract_exceptions_are_exceptions_with_generated_serializers()
    {
        var exceptions = ContractShape.SerializableTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.Name).Order().ToList();

        Assert.Equal(["StorageUnavailableException", "TokensNotConfiguredException", "UnknownAppException"], exceptions);
    }

    [Fact]
    public void The_contracts_assembly_no_longer_references_the_home_made_runtime()
    {
        var references = ContractShape.Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("Gamification.Runtime", references);
        Assert.Contains("Orleans.Core.Abstractions", references);
    }
}
