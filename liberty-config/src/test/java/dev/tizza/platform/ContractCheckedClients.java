package dev.tizza.platform;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks every answer the generated clients receive in the integration tests against the spec
 * of the service that gave it, as {@link Contract} does for plain HTTP: the clients MicroShed
 * injects are Apache CXF proxies, and every CXF client takes the providers set on its bus.
 * Registered for every integration test by JUnit's extension autodetection.
 */
public class ContractCheckedClients implements BeforeAllCallback {

  private static final String BUS_PROVIDERS = "org.apache.cxf.jaxrs.bus.providers";

  @Override
  public void beforeAll(ExtensionContext context) {
    if (System.getProperty("tizza.it.specs") == null) {
      return;
    }
    BusFactory.getDefaultBus().setProperty(BUS_PROVIDERS, List.of(new Check()));
  }

  /** The spec of the test server a URI belongs to, by the test servers' base URLs. */
  static Optional<Contract> contractOf(URI uri) {
    for (String spec : List.of("auth", "pizza", "bff")) {
      String base = System.getProperty("tizza.it." + spec + ".url");
      if (base != null && uri.toString().startsWith(base)) {
        return Optional.of(Contract.of(spec));
      }
    }
    return Optional.empty();
  }

  /** Reads the answer once for the check and hands the same bytes on to the client. */
  static final class Check implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response)
        throws IOException {
      Optional<Contract> contract = contractOf(request.getUri());
      if (contract.isEmpty()) {
        return;
      }
      // Read whatever comes: a client may say it has no entity before the bytes have arrived.
      InputStream stream = response.getEntityStream();
      byte[] body = stream == null ? new byte[0] : stream.readAllBytes();
      response.setEntityStream(new ByteArrayInputStream(body));
      if (body.length == 0 && response.getStatus() >= 400) {
        // CXF's HttpURLConnection can lose the body of an error answer (a 401 it would answer
        // with credentials, a refusal sent before the request body was read); the tests over
        // plain HTTP check those answers whole.
        return;
      }
      Map<String, List<String>> sent = new java.util.HashMap<>();
      request.getStringHeaders().forEach(sent::put);
      contract.get().check(request.getMethod(), request.getUri(), sent, response.getStatus(),
          response.getHeaders(), new String(body, StandardCharsets.UTF_8));
    }
  }
}
