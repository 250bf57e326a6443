using System.Text.Json;
using System.Text.Json.Serialization;
using Gamification.Contracts.Rulesets;

namespace Gamification.Gateway.Dashboard;

/// <summary>The dashboard API's bodies: snake_case, generated at build time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ClusterReply))]
[JsonSerializable(typeof(GrainTypesReply))]
[JsonSerializable(typeof(StorageReply))]
[JsonSerializable(typeof(RemindersReply))]
[JsonSerializable(typeof(InspectionReply))]
[JsonSerializable(typeof(SessionReply))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(RulesetView))]
internal sealed partial class DashboardJsonContext : JsonSerializerContext;
