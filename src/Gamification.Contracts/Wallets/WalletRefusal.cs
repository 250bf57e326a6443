namespace Gamification.Contracts.Wallets;

/// <summary>Why a wallet change was refused.</summary>
/// <param name="Reason">A stable code: <c>insufficient_balance</c>, <c>already_owned</c>, <c>unknown_item</c>, <c>key_reused</c>, <c>tokens_not_configured</c>.</param>
/// <param name="Field">The request field it is about, as callers spell it.</param>
/// <param name="Detail">The rule in words.</param>
public sealed record WalletRefusal(string Reason, string Field, string Detail);
