namespace Gamification.Contracts.Wallets;

/// <summary>Why a wallet change was refused.</summary>
/// <param name="Reason">A stable code: <c>insufficient_balance</c>, <c>already_owned</c>, <c>unknown_item</c>, <c>key_reused</c>, <c>tokens_not_configured</c>.</param>
/// <param name="Field">The request field it is about, as callers spell it.</param>
/// <param name="Detail">The rule in words.</param>
[GenerateSerializer, Immutable, Alias("gamification.wallet-refusal")]
public sealed record WalletRefusal([property: Id(0)] string Reason, [property: Id(1)] string Field, [property: Id(2)] string Detail);
