using Gamification.Contracts.Wallets;
using Gamification.Invariants;
using Gamification.Invariants.Tokens;

namespace Gamification.Cli.Tests.Check;

/// <summary>The checker's token rules over hand-made wallets and transfers: alice bought 100 tokens and sends 40 to bob.</summary>
public sealed class TokenInvariantsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_completed_transfer_with_one_debit_and_one_credit_breaks_nothing()
    {
        var wallets = Wallets(debited: true, credited: true);

        Assert.Empty(TokenInvariants.Check(wallets, [Transfer(TransferStatus.Completed)]));
    }

    [Theory]
    [InlineData(TransferStatus.Requested, true, false)]
    [InlineData(TransferStatus.Debited, true, false)]
    [InlineData(TransferStatus.Debited, true, true)]
    public void Tokens_in_flight_in_an_unfinished_transfer_are_accounted_for(TransferStatus status, bool debited, bool credited)
    {
        Assert.Empty(TokenInvariants.Check(Wallets(debited, credited), [Transfer(status)]));
    }

    [Fact]
    public void A_credit_without_the_transfer_finishing_is_named_but_tokens_still_add_up()
    {
        var violations = TokenInvariants.Check(Wallets(debited: false, credited: true), [Transfer(TransferStatus.Requested)]).ToList();

        var violation = Assert.Single(violations);
        Assert.Equal((Invariant.TransferMatchesLedger, "transfer 't1' is Requested but the receiver was credited"), (violation.Invariant, violation.Detail));
    }

    [Fact]
    public void A_rolled_back_transfer_that_moved_tokens_is_named_though_no_token_was_lost()
    {
        var violations = TokenInvariants.Check(Wallets(debited: true, credited: true), [Transfer(TransferStatus.RolledBack)]).ToList();

        Assert.Contains(violations, v => v.Invariant == Invariant.TransferMatchesLedger && v.UserId == "alice");
        Assert.DoesNotContain(violations, v => v.Invariant == Invariant.TokensConserved);
    }

    [Fact]
    public void A_debit_held_by_a_finished_transfer_that_never_credited_destroys_tokens()
    {
        var violations = TokenInvariants.Check(Wallets(debited: true, credited: false), [Transfer(TransferStatus.Completed)]).ToList();

        Assert.Contains(violations, v => v.Invariant == Invariant.TransferMatchesLedger);
        var lost = Assert.Single(violations, v => v.Invariant == Invariant.TokensConserved);
        Assert.Equal((TokenInvariants.WholeApp, "2 wallets hold 60 tokens, but 100 issued - 0 spent - 0 in flight (0 unfinished transfers) = 100"), (lost.UserId, lost.Detail));
    }

    [Fact]
    public void A_wallet_whose_balance_differs_from_its_ledger_is_named_with_both_figures()
    {
        var wallets = Wallets(debited: false, credited: false);
        wallets[0] = wallets[0] with { State = new StoredWallet(150, 150, 0) };

        var violations = TokenInvariants.Check(wallets, []).ToList();

        Assert.Contains(violations, v => (v.UserId, v.Invariant, v.Detail) == ("alice", Invariant.WalletEqualsLedger, "wallet holds 150 tokens but its ledger's 1 rows sum to 100"));
        Assert.Contains(violations, v => v.Invariant == Invariant.TokensConserved);
    }

    /// <summary>alice's and bob's wallets, with the states their ledgers imply.</summary>
    private static List<WalletRecord> Wallets(bool debited, bool credited)
    {
        var alice = new List<WalletLine> { Line(1, "purchase_credit", 100, 100, "purchase:p1", "p1") };
        if (debited)
            alice.Add(Line(2, "transfer_out", -40, 60, "transfer-out:t1", "t1"));
        var bob = credited ? new List<WalletLine> { Line(1, "transfer_in", 40, 40, "transfer-in:t1", "t1") } : [];
        return [Record("alice", alice), Record("bob", bob)];
    }

    private static WalletRecord Record(string user, List<WalletLine> ledger) => new(user,
        new StoredWallet(ledger.Sum(l => l.Amount), ledger.Where(l => l.Amount > 0).Sum(l => l.Amount), -ledger.Where(l => l.Amount < 0).Sum(l => l.Amount)), ledger);

    private static WalletLine Line(long sequence, string kind, long amount, long after, string key, string reference) =>
        new(sequence, kind, amount, after, key, reference, "test", At);

    private static TransferRecord Transfer(TransferStatus status) => new("t1", new StoredTransfer(status, "alice", "bob", 40));
}
