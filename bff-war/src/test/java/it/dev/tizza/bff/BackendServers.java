package it.dev.tizza.bff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The auth and pizza test servers beside the BFF: started by the build, ready when needed. */
final class BackendServers {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private BackendServers() {
  }

  /** Waits, at most a minute each, until auth and pizza report ready. */
  static void awaitReady() throws InterruptedException {
    for (String url : List.of(System.getProperty("tizza.it.auth.url"),
        System.getProperty("tizza.it.pizza.url"))) {
      URI ready = URI.create(url.replace("/api", "/health/ready"));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (!isUp(ready)) {
        assertThat(Instant.now()).as("%s is not ready", ready).isBefore(deadline);
        Thread.sleep(250);
      }
    }
  }

  /** Stops one of the test servers, as an operator or a crash would. */
  static void stop(String server) throws Exception {
    run("stop", server);
  }

  /** Starts a stopped test server again and waits until it is ready. */
  static void start(String server) throws Exception {
    run("start", server);
    awaitReady();
  }

  /**
   * Freezes a running test server (SIGSTOP): it still accepts connections but answers nothing,
   * as a backend stuck in a long pause would.
   */
  static void freeze(String server) throws Exception {
    signal("STOP", server);
  }

  /** Lets a frozen test server go on (SIGCONT). */
  static void thaw(String server) throws Exception {
    signal("CONT", server);
  }

  private static void signal(String signal, String server) throws Exception {
    Path pidFile = Path.of(System.getProperty("tizza.it.wlp"), "usr", "servers", ".pid",
        server + ".pid");
    String pid = Files.readString(pidFile).strip();
    Process process = new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true)
        .start();
    assertThat(process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("kill -%s %s (%s)", signal, pid, server).isZero();
  }

  private static void run(String action, String server) throws Exception {
    Process process = new ProcessBuilder(System.getProperty("tizza.it.wlp") + "/bin/server",
        action, server).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    assertThat(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS))
        .as("server %s %s", action, server).isTrue();
    assertThat(process.exitValue()).as("server %s %s", action, server).isZero();
  }

  private static boolean isUp(URI uri) {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception notYet) {
      return false;
    }
  }
}
