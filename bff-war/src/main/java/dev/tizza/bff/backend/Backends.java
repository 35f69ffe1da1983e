package dev.tizza.bff.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The generated clients of the backends. Each is built once per backend and API, since
 * building one costs more than most backend calls; what belongs to one caller (their token,
 * their address) is handed to a call as it is made, on its own thread, so nothing of one
 * caller's request can reach another's.
 */
@ApplicationScoped
public class Backends {

  /** The headers of the call being made on this thread, added by {@link CallHeaders}. */
  private static final ThreadLocal<Map<String, String>> CALL_HEADERS = new ThreadLocal<>();

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

  private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();

  /** An auth API as the signed-in caller. */
  public <T> T auth(Class<T> api, CallerToken token) {
    return asCaller(authUrl, api, Map.of("Authorization", token.header()));
  }

  /** A pizza API as the signed-in caller. */
  public <T> T pizza(Class<T> api, CallerToken token) {
    return asCaller(pizzaUrl, api, Map.of("Authorization", token.header()));
  }

  /** A pizza API for an anonymous caller. */
  public <T> T pizza(Class<T> api) {
    return asCaller(pizzaUrl, api, Map.of());
  }

  /**
   * An auth API for an anonymous caller that names the caller's address, so that the auth
   * service throttles failed logins per browser rather than per BFF.
   */
  public <T> T authFrom(Class<T> api, String clientAddress) {
    return asCaller(authUrl, api, Map.of("X-Forwarded-For", clientAddress));
  }

  /** The shared client of {@code api}, sending {@code headers} with every call made through it. */
  private <T> T asCaller(URI base, Class<T> api, Map<String, String> headers) {
    Object shared = clients.computeIfAbsent(api, type -> build(base, type));
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
        (proxy, method, args) -> {
          Map<String, String> outer = CALL_HEADERS.get();
          CALL_HEADERS.set(headers);
          try {
            return method.invoke(shared, args);
          } catch (InvocationTargetException failed) {
            throw failed.getCause();
          } finally {
            if (outer == null) {
              CALL_HEADERS.remove();
            } else {
              CALL_HEADERS.set(outer);
            }
          }
        }));
  }

  private Object build(URI base, Class<?> api) {
    return RestClientBuilder.newBuilder()
        .baseUri(base)
        .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
        .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
        .register(new CallHeaders())
        .build(api);
  }

  /** Adds the headers of the call being made on this thread. */
  private static final class CallHeaders implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
      Map<String, String> headers = CALL_HEADERS.get();
      if (headers != null) {
        headers.forEach(request.getHeaders()::putSingle);
      }
    }
  }
}
