package dev.tizza.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's contract as the integration tests see it: every exchange they make is checked
 * against the spec in api-specs, and the spec the service serves must say the same.
 */
public final class Contract {

  private static final Map<String, Contract> BY_NAME = new ConcurrentHashMap<>();

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  private final Path spec;
  private final OpenApiInteractionValidator validator;
  private final ContractCoverage coverage;

  private Contract(Path spec) {
    this.spec = spec;
    this.coverage = ContractCoverage.of(spec);
    this.validator = OpenApiInteractionValidator.createForSpecificationUrl(spec.toString())
        .withBasePathOverride("/api")
        .build();
  }

  /** The contract of one service by the name of its spec: auth, pizza or bff. */
  public static Contract of(String name) {
    return BY_NAME.computeIfAbsent(name, key -> new Contract(Path.of(
        System.getProperty("tizza.it.specs", "../api-specs/src/main/resources/openapi"),
        key + ".yaml").toAbsolutePath()));
  }

  /**
   * Sends a request and checks the answer against the spec before handing it back. Requests
   * are often wrong on purpose; what the service answers must be right whatever was sent.
   */
  public HttpResponse<String> exchange(HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    check(request, response);
    return response;
  }

  /**
   * Sends a JSON request (or none when json is null), as the given bearer token when it is not
   * null, and checks the answer like {@link #exchange}.
   */
  public HttpResponse<String> send(String method, URI uri, String json, String token,
      Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json));
    return exchange(request.build());
  }

  private void check(HttpRequest sent, HttpResponse<String> received) {
    check(sent.method(), sent.uri(), sent.headers().map(), received.statusCode(),
        received.headers().map(), received.body());
  }

  /**
   * Checks one exchange, however it was made, against the spec: what was answered must be
   * right for the operation that was called, whatever was sent.
   */
  public void check(String method, URI uri, Map<String, List<String>> sentHeaders, int status,
      Map<String, List<String>> receivedHeaders, String body) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
    Optional.ofNullable(uri.getRawQuery()).ifPresent(query -> {
      for (String pair : query.split("&")) {
        String[] parts = pair.split("=", 2);
        request.withQueryParam(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
      }
    });
    sentHeaders.forEach(request::withHeader);
    Request built = request.build();

    SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
    receivedHeaders.forEach(response::withHeader);

    ValidationReport report = validator.validateResponse(built.getPath(), built.getMethod(),
        response.build());
    assertThat(report.getMessages())
        .as("%s %s answered %d, which breaks %s: %s", method, uri, status, spec.getFileName(),
            body)
        .isEmpty();
    coverage.record(method, uri.getRawPath(), status);
  }

  /**
   * The document the service serves at /openapi equals the YAML in api-specs, apart from the
   * OpenAPI version line that MicroProfile OpenAPI rewrites.
   */
  public void assertServedAsWritten(URI server) throws IOException, InterruptedException {
    HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(server.resolve("/openapi"))
        .header("Accept", "application/yaml").build(), HttpResponse.BodyHandlers.ofString());
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    Map<?, ?> written = yaml.readValue(Files.readString(spec), Map.class);
    Map<?, ?> answered = yaml.readValue(served.body(), Map.class);
    written.remove("openapi");
    answered.remove("openapi");

    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(answered).as("the spec served by %s", server).isEqualTo(written);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
