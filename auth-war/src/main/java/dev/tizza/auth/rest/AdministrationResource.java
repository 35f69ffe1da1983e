package dev.tizza.auth.rest;

import dev.tizza.auth.api.AdministrationApi;
import dev.tizza.auth.api.model.UserPage;
import dev.tizza.auth.domain.AccountCursor;
import dev.tizza.auth.domain.Accounts;
import dev.tizza.auth.domain.Role;
import dev.tizza.auth.domain.UserAccount;
import dev.tizza.platform.Parameters;
import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and their roles, for admins only. */
@RequestScoped
public class AdministrationResource implements AdministrationApi {

  @Inject
  Accounts accounts;

  @Inject
  Caller caller;

  @Override
  public Response listUsers(String cursor, Integer limit) {
    caller.requireRole(Role.ADMIN);
    int size = limit == null ? 20 : limit;
    List<UserAccount> found = accounts.page(Optional.ofNullable(cursor)
        .map(AccountCursor::decode), size);

    List<UserAccount> page = found.subList(0, Math.min(size, found.size()));
    UserPage body = new UserPage()
        .items(page.stream().map(UserMapper::toUser).toList())
        .nextCursor(found.size() > size ? AccountCursor.after(page.get(size - 1)).encode()
            : null);
    return Response.ok(body).build();
  }

  @Override
  public Response getUser(UUID userId) {
    caller.requireRole(Role.ADMIN);
    Parameters.required(userId, "userId");
    return Response.ok(UserMapper.toUser(accounts.require(userId))).build();
  }

  @Override
  public Response grantRole(UUID userId, String role) {
    caller.requireRole(Role.ADMIN);
    Role granted = grantable(role);
    Parameters.required(userId, "userId");
    return Response.ok(UserMapper.toUser(accounts.grant(userId, granted))).build();
  }

  @Override
  public Response revokeRole(UUID userId, String role) {
    UserAccount admin = caller.requireRole(Role.ADMIN);
    Role revoked = grantable(role);
    Parameters.required(userId, "userId");
    if (revoked == Role.ADMIN && admin.id().equals(userId)) {
      // Otherwise the last admin could lock everyone out of administration.
      throw new ProblemException(ProblemKind.CONFLICT,
          "You cannot revoke your own ADMIN role; ask another admin.");
    }
    return Response.ok(UserMapper.toUser(accounts.revoke(userId, revoked))).build();
  }

  /** The contract allows CREATOR and ADMIN only; the generated code does not check enums. */
  private static Role grantable(String role) {
    if ("CREATOR".equals(role) || "ADMIN".equals(role)) {
      return Role.valueOf(role);
    }
    ProblemKind kind = ProblemKind.VALIDATION;
    throw new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
        "Only CREATOR and ADMIN are granted or revoked.",
        List.of(new Problem.FieldError("role", "must be CREATOR or ADMIN"))));
  }
}
