package dev.tizza.bff.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Clients of the backends that carry something of one caller: their token or their address.
 * A client is made per call so that nothing can leak from one caller's request into another's.
 */
@ApplicationScoped
public class Backends {

  @Inject
  @ConfigProperty(name = "auth.url")
  URI authUrl;

  @Inject
  @ConfigProperty(name = "pizza.url")
  URI pizzaUrl;

  @Inject
  @ConfigProperty(name = "backend.connect.timeout.ms", defaultValue = "2000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "backend.read.timeout.ms", defaultValue = "10000")
  long readTimeoutMs;

  public <T> T auth(Class<T> api, CallerToken token) {
    return client(authUrl, api, "Authorization", token.header());
  }

  public <T> T pizza(Class<T> api, CallerToken token) {
    return client(pizzaUrl, api, "Authorization", token.header());
  }

  /**
   * An auth client for an anonymous caller that names the caller's address, so that the auth
   * service throttles failed logins per browser rather than per BFF.
   */
  public <T> T authFrom(Class<T> api, String clientAddress) {
    return client(authUrl, api, "X-Forwarded-For", clientAddress);
  }

  private <T> T client(URI base, Class<T> api, String header, String value) {
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
        .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
        .header(header, value)
        .build(api);
  }
}
