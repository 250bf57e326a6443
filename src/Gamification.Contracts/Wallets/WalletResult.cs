namespace Gamification.Contracts.Wallets;

/// <summary>What a wallet change did: applied, a repeat of an applied one, or refused (nothing changed).</summary>
/// <param name="Line">The ledger row written (or, for a duplicate, the original row); null when refused.</param>
[GenerateSerializer, Alias("gamification.wallet-result")]
public sealed record WalletResult(
    [property: Id(0)] WalletStatus Status,
    [property: Id(1)] WalletView Wallet,
    [property: Id(2)] WalletLine? Line,
    [property: Id(3)] WalletRefusal? Refusal);
