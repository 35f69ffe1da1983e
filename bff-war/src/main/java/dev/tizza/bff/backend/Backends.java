package dev.tizza.bff.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Clients of the backends that carry one caller's token. A client is made per call so that a
 * token can never leak from one caller's request into another's.
 */
@ApplicationScoped
public class Backends {

  @Inject
  @ConfigProperty(name = "auth.url")
  URI authUrl;

  @Inject
  @ConfigProperty(name = "pizza.url")
  URI pizzaUrl;

  public <T> T auth(Class<T> api, CallerToken token) {
    return client(authUrl, api, token);
  }

  public <T> T pizza(Class<T> api, CallerToken token) {
    return client(pizzaUrl, api, token);
  }

  private static <T> T client(URI base, Class<T> api, CallerToken token) {
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(2, TimeUnit.SECONDS)
        .readTimeout(5, TimeUnit.SECONDS)
        .header("Authorization", token.header())
        .build(api);
  }
}
