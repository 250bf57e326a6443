using System.Text.Json.Serialization;
using Gamification.Contracts.Wallets;

namespace Gamification.Invariants.Tokens;

/// <summary>Reads wallet and transfer states and wallet ledger rows the way the grains store them (snake_case, enums as strings).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(StoredWallet))]
[JsonSerializable(typeof(StoredTransfer))]
[JsonSerializable(typeof(WalletLine))]
internal sealed partial class TokensJsonContext : JsonSerializerContext;
