using Gamification.Contracts.Wallets;

namespace Gamification.Invariants.Tokens;

/// <summary>The parts of a stored transfer state the checker reads; <see cref="Status"/> is null for an unused id.</summary>
public sealed record StoredTransfer(TransferStatus? Status, string FromUserId, string ToUserId, long Amount);
