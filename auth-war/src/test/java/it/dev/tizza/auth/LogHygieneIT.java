package it.dev.tizza.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the auth service and reads what the server logged
 * meanwhile: no password, token, refresh token or card number sent by any test may be there.
 */
@Order(Integer.MAX_VALUE)
public class LogHygieneIT {

  @Test
  public void shouldNeverLogASecretThatTheTestsSent() throws IOException {
    String logged = everythingLogged(Path.of(System.getProperty("tizza.it.server.logs")));

    assertThat(AuthTesting.SECRETS).hasSizeGreaterThan(20);
    assertThat(logged).contains("logged in");
    for (String secret : AuthTesting.SECRETS) {
      assertThat(logged).as("the server log").doesNotContain(secret);
    }
  }

  private static String everythingLogged(Path logs) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
      }
    }
    return all.toString();
  }
}
