package dev.tizza.frontend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands the environment's settings to the single-page app, so the same bundle runs in every
 * environment: the bundle is built once, the URL of the BFF comes from BFF_PUBLIC_URL.
 */
@Path("config.json")
@ApplicationScoped
public class RuntimeConfigResource {

  @Inject
  @ConfigProperty(name = "bff.public.url")
  String bffPublicUrl;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response config() {
    // A cached copy would keep browsers on an old BFF address after a redeploy.
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(currentConfig()).cacheControl(noStore).build();
  }

  /** The app appends paths to the base URL, so a trailing slash would double up. */
  RuntimeConfig currentConfig() {
    return new RuntimeConfig(bffPublicUrl.strip().replaceAll("/+$", ""));
  }
}
