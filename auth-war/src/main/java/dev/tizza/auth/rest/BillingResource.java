package dev.tizza.auth.rest;

import dev.tizza.auth.api.BillingApi;
import dev.tizza.auth.api.model.BillingProfile;
import dev.tizza.auth.domain.Billing;
import dev.tizza.auth.domain.Role;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** A creator's billing profile; {@link CardDataGuard} has already refused card numbers. */
@RequestScoped
public class BillingResource implements BillingApi {

  @Inject
  Billing billing;

  @Inject
  Caller caller;

  @Override
  public Response getBillingProfile() {
    UserAccount account = caller.requireRole(Role.CREATOR);
    var profile = billing.find(account.id()).orElseThrow(
        () -> new ProblemException(ProblemKind.NOT_FOUND, "No billing profile yet."));
    return Response.ok(toApi(profile)).header("Cache-Control", "no-store").build();
  }

  @Override
  public Response putBillingProfile(BillingProfile input) {
    UserAccount account = caller.requireRole(Role.CREATOR);
    var stored = billing.save(account.id(), input.getCardholderName(),
        input.getCardBrand().toString(), input.getCardLast4(), input.getExpiryMonth(),
        input.getExpiryYear(), input.getBillingEmail());
    return Response.ok(toApi(stored)).header("Cache-Control", "no-store").build();
  }

  @Override
  public Response deleteBillingProfile() {
    UserAccount account = caller.requireRole(Role.CREATOR);
    billing.remove(account.id());
    return Response.noContent().build();
  }

  private static BillingProfile toApi(dev.tizza.auth.domain.BillingProfile profile) {
    return new BillingProfile()
        .cardholderName(profile.cardholderName())
        .cardBrand(BillingProfile.CardBrandEnum.fromString(profile.cardBrand()))
        .cardLast4(profile.cardLast4())
        .expiryMonth(profile.expiryMonth())
        .expiryYear(profile.expiryYear())
        .billingEmail(profile.billingEmail());
  }
}
