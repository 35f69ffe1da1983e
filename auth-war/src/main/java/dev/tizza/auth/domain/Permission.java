package dev.tizza.auth.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** What a user may do, derived from their roles; the admin app shows these. */
public enum Permission {
  LIKE_PIZZAS("pizzas:like", Role.DINER, Role.CREATOR, Role.ADMIN),
  MANAGE_OWN_ACCOUNT("account:manage-own", Role.DINER, Role.CREATOR, Role.ADMIN),
  CREATE_PIZZERIAS("pizzerias:create", Role.CREATOR, Role.ADMIN),
  MANAGE_OWN_PIZZERIAS("pizzerias:manage-own", Role.CREATOR),
  MANAGE_OWN_PIZZAS("pizzas:manage-own", Role.CREATOR),
  MANAGE_OWN_CAMPAIGNS("campaigns:manage-own", Role.CREATOR),
  MANAGE_OWN_BILLING("billing:manage-own", Role.CREATOR),
  MODERATE_EVERYTHING("everything:moderate", Role.ADMIN),
  MANAGE_USERS("users:manage", Role.ADMIN);

  private final String code;
  private final Set<Role> grantedTo;

  Permission(String code, Role first, Role... more) {
    this.code = code;
    this.grantedTo = EnumSet.of(first, more);
  }

  public String code() {
    return code;
  }

  /** The permission codes of someone with these roles, sorted. */
  public static Set<String> of(Set<Role> roles) {
    Set<String> codes = new TreeSet<>();
    for (Permission permission : values()) {
      if (roles.stream().anyMatch(permission.grantedTo::contains)) {
        codes.add(permission.code);
      }
    }
    return codes;
  }
}
