namespace Gamification.Contracts.Wallets;

/// <summary>Transfer grains are keyed <c>app/transfer-id</c>, so one app's transfer ids never reach another's.</summary>
public static class TransferKeys
{
    public static string Of(string app, string transferId) => $"{app}/{transferId}";
}
