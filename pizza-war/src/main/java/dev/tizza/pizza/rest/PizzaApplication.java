package dev.tizza.pizza.rest;

import dev.tizza.platform.Platform;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/** The pizza API, as described by api-specs/pizza.yaml, under /api. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "tizza")
public class PizzaApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    // The generated interfaces carry @Path, so the implementations must be listed by hand.
    Set<Class<?>> classes = new HashSet<>(Platform.providers());
    classes.add(PizzasResource.class);
    classes.add(PizzeriasResource.class);
    classes.add(LikesResource.class);
    classes.add(CampaignsResource.class);
    classes.add(SignedInChanges.class);
    return classes;
  }
}
