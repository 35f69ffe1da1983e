package dev.tizza.auth.rest;

import dev.tizza.platform.Platform;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/** The auth API, as described by api-specs/auth.yaml, under /api. */
@ApplicationPath("/api")
public class AuthApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    // The generated interfaces carry @Path, so the implementations must be listed by hand.
    Set<Class<?>> classes = new HashSet<>(Platform.providers());
    classes.add(AccountsResource.class);
    classes.add(SessionsResource.class);
    classes.add(KeysResource.class);
    classes.add(AdministrationResource.class);
    classes.add(BillingResource.class);
    classes.add(CardDataGuard.class);
    return classes;
  }
}
