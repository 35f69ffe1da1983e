package dev.tizza.auth.domain;

/** What a user may do on tizza; every account starts as a diner. */
public enum Role {
  DINER,
  CREATOR,
  ADMIN
}
