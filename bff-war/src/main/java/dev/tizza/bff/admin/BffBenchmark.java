package dev.tizza.bff.admin;

import dev.tizza.platform.admin.SeedUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures what the BFF is for, against running auth, pizza and BFF services on the seed data:
 * how the creator dashboard's latency compares with its slowest backend call (the calls run
 * side by side, so the screen should cost little more than that one call), how its size
 * compares with the backend answers it replaces, and how many feed pages the BFF serves per
 * second, with their latency, under concurrent callers. Writes a Markdown report.
 */
public final class BffBenchmark {

  /** Long enough for the JIT compilers of all three servers to settle. */
  private static final Duration WARM_UP = Duration.ofSeconds(30);
  private static final int ROUNDS = 300;
  private static final int CALLERS = 8;
  private static final Duration FEED_WARM_UP = Duration.ofSeconds(10);
  private static final Duration FEED_RUN = Duration.ofSeconds(15);

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

  /** One backend call the dashboard makes, as the BFF makes it. */
  private record BackendCall(String name, URI uri) {
  }

  /** Latencies in milliseconds, sorted. */
  private record Latencies(double[] millis) {

    static Latencies of(List<Double> values) {
      double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      return new Latencies(sorted);
    }

    double percentile(double share) {
      return millis[Math.max(0, (int) Math.ceil(millis.length * share) - 1)];
    }
  }

  /** What was measured of the dashboard and of the backend calls it replaces. */
  private record Dashboard(List<BackendCall> calls, Latencies screen, Latencies slowest,
      Latencies sideBySide, List<List<Double>> perCall, long bytes, long backendBytes,
      long gzipped, long backendGzipped) {
  }

  private record FeedLoad(String name, long requests, long failures, double seconds,
      Latencies latencies) {
  }

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI bff;
  private final URI auth;
  private final URI pizza;

  private BffBenchmark(URI bff, URI auth, URI pizza) {
    this.bff = bff;
    this.auth = auth;
    this.pizza = pizza;
  }

  /** {@code REPORT.md BFF_URL AUTH_URL PIZZA_URL}, each URL ending in {@code /api}. */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: BffBenchmark REPORT.md BFF_URL AUTH_URL PIZZA_URL");
      System.exit(2);
    }
    BffBenchmark benchmark = new BffBenchmark(URI.create(args[1]), URI.create(args[2]),
        URI.create(args[3]));
    String report = benchmark.run();
    Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private String run() throws Exception {
    String creator = logIn(SeedUsers.CREATOR.email());
    String diner = logIn(SeedUsers.DINER.email());
    String owner = SeedUsers.CREATOR.id().toString();
    List<BackendCall> backendCalls = List.of(
        new BackendCall("auth: me", URI.create(auth + "/users/me")),
        new BackendCall("auth: permissions", URI.create(auth + "/users/me/permissions")),
        new BackendCall("auth: billing", URI.create(auth + "/users/me/billing")),
        new BackendCall("pizza: pizzerias", URI.create(pizza + "/pizzerias?limit=100&ownerId="
            + owner)),
        new BackendCall("pizza: pizzas", URI.create(pizza + "/pizzas?limit=100&sort=newest"
            + "&ownerId=" + owner)),
        new BackendCall("pizza: campaigns", URI.create(pizza + "/campaigns?limit=100&ownerId="
            + owner)),
        new BackendCall("pizza: campaign options", URI.create(pizza + "/campaign-options")));
    URI dashboard = URI.create(bff + "/dashboard");

    System.err.println("bench: dashboard against its backend calls, " + ROUNDS + " rounds");
    Instant warm = Instant.now().plus(WARM_UP);
    while (Instant.now().isBefore(warm)) {
      get(dashboard, creator);
      for (BackendCall call : backendCalls) {
        get(call.uri(), creator);
      }
      allAtOnce(backendCalls, creator);
    }
    List<Double> screen = new ArrayList<>();
    List<Double> slowest = new ArrayList<>();
    List<Double> sideBySide = new ArrayList<>();
    List<List<Double>> perCall = new ArrayList<>();
    backendCalls.forEach(call -> perCall.add(new ArrayList<>()));
    long screenBytes = 0;
    long backendBytes = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long started = System.nanoTime();
      screenBytes = get(dashboard, creator).body().length;
      screen.add(millisSince(started));
      double slowestCall = 0;
      backendBytes = 0;
      for (int i = 0; i < backendCalls.size(); i++) {
        started = System.nanoTime();
        backendBytes += get(backendCalls.get(i).uri(), creator).body().length;
        double took = millisSince(started);
        perCall.get(i).add(took);
        slowestCall = Math.max(slowestCall, took);
      }
      slowest.add(slowestCall);
      started = System.nanoTime();
      allAtOnce(backendCalls, creator);
      sideBySide.add(millisSince(started));
    }
    long screenGzipped = gzippedBytes(dashboard, creator);
    long backendGzipped = 0;
    for (BackendCall call : backendCalls) {
      backendGzipped += gzippedBytes(call.uri(), creator);
    }

    System.err.println("bench: feed through the BFF, " + CALLERS + " callers at once");
    List<FeedLoad> loads = List.of(
        feedLoad("anonymous, newest", URI.create(bff + "/feed?limit=20"), null),
        feedLoad("signed in, newest (with my likes)", URI.create(bff + "/feed?limit=20"), diner),
        feedLoad("anonymous, most liked, topping basil",
            URI.create(bff + "/feed?limit=20&sort=mostLiked&topping=basil"), null));
    return report(new Dashboard(backendCalls, Latencies.of(screen), Latencies.of(slowest),
        Latencies.of(sideBySide), perCall, screenBytes, backendBytes, screenGzipped,
        backendGzipped), loads);
  }

  /** Makes the calls side by side, as the BFF does, and waits for the last of them. */
  private void allAtOnce(List<BackendCall> calls, String token) {
    CompletableFuture.allOf(calls.stream().map(call -> http.sendAsync(
        HttpRequest.newBuilder(call.uri()).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofByteArray())).toArray(CompletableFuture[]::new)).join();
  }

  /** The size of an answer as it travels to a caller that accepts gzip. */
  private long gzippedBytes(URI uri, String token) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
        .header("Accept-Encoding", "gzip").build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }

  private FeedLoad feedLoad(String name, URI uri, String token) throws Exception {
    Instant warmUntil = Instant.now().plus(FEED_WARM_UP);
    Instant until = warmUntil.plus(FEED_RUN);
    AtomicLong failures = new AtomicLong();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<List<Double>>> each = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        each.add(callers.submit(() -> {
          List<Double> timed = new ArrayList<>();
          while (Instant.now().isBefore(until)) {
            long started = System.nanoTime();
            boolean counted = Instant.now().isAfter(warmUntil);
            HttpResponse<byte[]> answer = send(uri, token);
            if (counted) {
              timed.add(millisSince(started));
              if (answer.statusCode() != 200) {
                failures.incrementAndGet();
              }
            }
          }
          return timed;
        }));
      }
      List<Double> all = new ArrayList<>();
      for (Future<List<Double>> caller : each) {
        all.addAll(caller.get());
      }
      return new FeedLoad(name, all.size(), failures.get(), FEED_RUN.toMillis() / 1000.0,
          Latencies.of(all));
    } finally {
      callers.shutdownNow();
    }
  }

  private String logIn(String email) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(bff + "/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
            + "\",\"password\":\"" + SeedUsers.PASSWORD + "\"}"))
        .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher token = ACCESS_TOKEN.matcher(answer.body());
    if (answer.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("Logging in " + email + " through the BFF answered "
          + answer.statusCode() + "; is the seed data loaded?");
    }
    return token.group(1);
  }

  /** A GET that must answer 200 (or 404, which the billing call answers for no profile). */
  private HttpResponse<byte[]> get(URI uri, String token) throws IOException,
      InterruptedException {
    HttpResponse<byte[]> answer = send(uri, token);
    if (answer.statusCode() != 200 && answer.statusCode() != 404) {
      throw new IllegalStateException(uri.getPath() + " answered " + answer.statusCode() + ": "
          + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return answer;
  }

  private HttpResponse<byte[]> send(URI uri, String token) throws IOException,
      InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static double millisSince(long started) {
    return (System.nanoTime() - started) / 1e6;
  }

  private static String report(Dashboard measured, List<FeedLoad> loads) {
    Latencies screen = measured.screen();
    double latencyRatio = screen.percentile(0.5) / measured.slowest().percentile(0.5);
    double sideBySideRatio = screen.percentile(0.5) / measured.sideBySide().percentile(0.5);
    double bytesRatio = (double) measured.bytes() / measured.backendBytes();
    double gzippedRatio = (double) measured.gzipped() / measured.backendGzipped();
    StringBuilder out = new StringBuilder();
    out.append("# BFF benchmark\n\n")
        .append(String.format(Locale.ROOT, "Written by `./tizza bench-bff` on %s, %d cores, "
            + "Java %s, against auth, pizza and the BFF on the seed data, each on its own "
            + "Liberty server on this machine.%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")))
        .append("## Creator dashboard\n\n")
        .append(String.format(Locale.ROOT, "`GET /api/dashboard` with every section, signed in "
            + "as the seed creator, and the %d backend calls it makes, %d rounds after %d s of "
            + "the same to warm up. In each round the calls are made once one after another "
            + "(\"slowest call\" is the slowest of them) and once all at once, as the BFF makes "
            + "them (\"side by side\" is the time until the last one has answered).%n%n",
            measured.calls().size(), ROUNDS, WARM_UP.toSeconds()))
        .append("| measure | result | target |\n| --- | --- | --- |\n")
        .append(row("dashboard p50 / slowest call p50", latencyRatio, "at most 1.2",
            latencyRatio <= 1.2))
        .append(row("dashboard p50 / the same calls side by side p50", sideBySideRatio, "", true))
        .append(row("dashboard bytes / backend bytes (JSON)", bytesRatio, "at most 0.3",
            bytesRatio <= 0.3))
        .append(row("dashboard bytes / backend bytes (gzip, as sent to a browser)", gzippedRatio,
            "", true))
        .append("\n| call | p50 ms | p95 ms | bytes (JSON) | bytes (gzip) |\n")
        .append("| --- | --- | --- | --- | --- |\n")
        .append(String.format(Locale.ROOT, "| BFF dashboard | %.1f | %.1f | %d | %d |%n",
            screen.percentile(0.5), screen.percentile(0.95), measured.bytes(),
            measured.gzipped()))
        .append(timing("slowest backend call of a round", measured.slowest()))
        .append(timing("the backend calls side by side", measured.sideBySide()));
    for (int i = 0; i < measured.calls().size(); i++) {
      out.append(timing(measured.calls().get(i).name(), Latencies.of(measured.perCall().get(i))));
    }
    out.append(String.format(Locale.ROOT, "| all backend answers together | | | %d | %d |%n",
        measured.backendBytes(), measured.backendGzipped()));
    out.append("\n## Feed through the BFF\n\n")
        .append(String.format(Locale.ROOT, "`GET /api/feed` with `limit=20`, %d callers at "
            + "once, each sending its next request when the last is answered, for %d s after "
            + "%d s to warm up. The load comes from the same two cores as the services.%n%n",
            CALLERS, FEED_RUN.toSeconds(), FEED_WARM_UP.toSeconds()))
        .append("| feed | requests | failed | per second | p50 ms | p95 ms | p99 ms |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (FeedLoad load : loads) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |%n",
          load.name(), load.requests(), load.failures(), load.requests() / load.seconds(),
          load.latencies().percentile(0.5), load.latencies().percentile(0.95),
          load.latencies().percentile(0.99)));
    }
    return out.toString();
  }

  private static String timing(String name, Latencies latencies) {
    return String.format(Locale.ROOT, "| %s | %.1f | %.1f | | |%n", name,
        latencies.percentile(0.5), latencies.percentile(0.95));
  }

  private static String row(String measure, double value, String target, boolean met) {
    return String.format(Locale.ROOT, "| %s | %.2f | %s |%n", measure, value,
        target.isEmpty() ? "" : target + (met ? " (met)" : " (missed)"));
  }
}
