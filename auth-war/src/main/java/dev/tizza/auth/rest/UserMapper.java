package dev.tizza.auth.rest;

import dev.tizza.auth.api.model.Role;
import dev.tizza.auth.api.model.User;
import dev.tizza.auth.domain.UserAccount;

/** Between accounts and the User of the contract. */
final class UserMapper {

  private UserMapper() {
  }

  static User toUser(UserAccount account) {
    return new User()
        .id(account.id())
        .email(account.email())
        .displayName(account.displayName())
        .roles(account.roles().stream().sorted().map(role -> Role.fromString(role.name())).toList())
        .createdAt(account.createdAt());
  }

}
