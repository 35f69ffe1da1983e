package dev.tizza.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. X-Forwarded-For is believed only when the
 * request comes straight from a proxy we trust (TRUSTED_PROXIES, comma-separated); anyone else
 * could write whatever they like in it.
 */
@ApplicationScoped
public class ClientAddress {

  private Set<String> trustedProxies = Set.of();

  protected ClientAddress() {
  }

  @Inject
  ClientAddress(@ConfigProperty(name = "trusted.proxies") Optional<String> trustedProxies) {
    this.trustedProxies = parse(trustedProxies.orElse(""));
  }

  public String of(HttpServletRequest request) {
    return of(request, trustedProxies);
  }

  static String of(HttpServletRequest request, Set<String> trustedProxies) {
    String peer = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !trustedProxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    // The last hop was added by the trusted proxy itself; earlier ones came from further out.
    return hops[hops.length - 1].strip();
  }

  static Set<String> parse(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
