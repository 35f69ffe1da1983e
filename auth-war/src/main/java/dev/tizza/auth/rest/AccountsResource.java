package dev.tizza.auth.rest;

import dev.tizza.auth.api.AccountsApi;
import dev.tizza.auth.api.model.AccountChanges;
import dev.tizza.auth.api.model.PasswordChange;
import dev.tizza.auth.api.model.Permissions;
import dev.tizza.auth.api.model.SignUp;
import dev.tizza.auth.domain.Accounts;
import dev.tizza.auth.domain.LoginThrottle;
import dev.tizza.auth.domain.Permission;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.platform.ClientAddress;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@RequestScoped
public class AccountsResource implements AccountsApi {

  @Inject
  Accounts accounts;

  @Inject
  Caller caller;

  @Inject
  LoginThrottle throttle;

  @Inject
  ClientAddress clientAddresses;

  @Context
  UriInfo uriInfo;

  @Context
  HttpServletRequest request;

  @Override
  public Response signUp(SignUp signUp) {
    UserAccount account =
        accounts.signUp(signUp.getEmail(), signUp.getDisplayName(), signUp.getPassword());
    return Response.created(uriInfo.getBaseUriBuilder().path("users")
            .path(account.id().toString()).build())
        .entity(UserMapper.toUser(account)).build();
  }

  @Override
  public Response getCurrentUser() {
    return Response.ok(UserMapper.toUser(caller.account())).build();
  }

  @Override
  public Response updateCurrentUser(AccountChanges changes) {
    UserAccount account = accounts.change(caller.account().id(), changes.getEmail(),
        changes.getDisplayName());
    return Response.ok(UserMapper.toUser(account)).build();
  }

  @Override
  public Response eraseCurrentUser() {
    accounts.erase(caller.account().id());
    return Response.noContent().build();
  }

  /** Guessing the current password is throttled like guessing it at log in. */
  @Override
  public Response changePassword(PasswordChange change) {
    UserAccount account = caller.account();
    String client = clientAddresses.of(request);
    throttle.retryAfter(account.email(), client).ifPresent(wait -> {
      throw SessionsResource.tooManyFailures(wait);
    });

    boolean changed = accounts.changePassword(account, change.getCurrentPassword(),
        change.getNewPassword());
    if (!changed) {
      throttle.recordFailure(account.email(), client);
      throw new ProblemException(ProblemKind.FORBIDDEN, "The current password is wrong.");
    }
    return Response.noContent().build();
  }

  @Override
  public Response getCurrentPermissions() {
    UserAccount account = caller.account();
    Permissions permissions = new Permissions()
        .roles(UserMapper.toUser(account).getRoles())
        .permissions(Permission.of(account.roles()).stream().toList());
    return Response.ok(permissions).build();
  }
}
