package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void shouldIgnoreForwardedForFromAnUntrustedPeer() {
    HttpServletRequest request = request("198.51.100.1", "203.0.113.9");

    assertThat(ClientAddress.of(request, ClientAddress.parse("127.0.0.1")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void shouldTakeTheHopTheTrustedProxyAdded() {
    HttpServletRequest request = request("127.0.0.1", "6.6.6.6, 203.0.113.9");

    assertThat(ClientAddress.of(request, ClientAddress.parse(" 127.0.0.1 , ::1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void shouldUseThePeerWhenNoProxyIsTrusted() {
    assertThat(ClientAddress.of(request("127.0.0.1", "1.2.3.4"), ClientAddress.parse(" ")))
        .isEqualTo("127.0.0.1");
  }

  private static HttpServletRequest request(String peer, String forwardedFor) {
    Map<String, String> headers = Map.of("X-Forwarded-For", forwardedFor);
    return (HttpServletRequest) Proxy.newProxyInstance(
        HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getRemoteAddr" -> peer;
          case "getHeader" -> headers.get((String) args[0]);
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
