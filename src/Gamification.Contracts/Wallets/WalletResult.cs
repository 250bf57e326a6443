namespace Gamification.Contracts.Wallets;

/// <summary>What a wallet change did: applied, a repeat of an applied one, or refused (nothing changed).</summary>
/// <param name="Line">The ledger row written (or, for a duplicate, the original row); null when refused.</param>
public sealed record WalletResult(WalletStatus Status, WalletView Wallet, WalletLine? Line, WalletRefusal? Refusal);
