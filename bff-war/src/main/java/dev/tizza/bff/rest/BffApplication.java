package dev.tizza.bff.rest;

import dev.tizza.platform.Platform;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/** The web app's API, as described by api-specs/bff.yaml, under /api. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "tizza")
public class BffApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    // The generated interfaces carry @Path, so the implementations must be listed by hand.
    Set<Class<?>> classes = new HashSet<>(Platform.providers());
    classes.add(FeedResource.class);
    classes.add(AccountResource.class);
    classes.add(DashboardResource.class);
    classes.add(PublishingResource.class);
    return classes;
  }
}
