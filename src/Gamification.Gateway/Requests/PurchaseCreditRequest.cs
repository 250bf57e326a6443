using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Tokens a user bought, after the app verified the payment (Stripe session id, USDT tx hash as the reference).</summary>
public sealed record PurchaseCreditRequest(
    [property: Required] string? PaymentReference,
    [property: Required] long? Amount,
    [property: Required] string? Provider) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(PaymentReference, "payment_reference");
        errors.Required(Amount, "amount");
        errors.Range(Amount, "amount", 1, TransferRequest.MaxAmount);
        errors.Id(Provider, "provider");
    }
}
