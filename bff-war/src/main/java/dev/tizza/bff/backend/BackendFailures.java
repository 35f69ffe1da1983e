package dev.tizza.bff.backend;

import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Turns what a backend answered into the BFF's own problem: a client error keeps its status and
 * the backend's field errors, anything else becomes a 502 that names no backend URL or internals.
 */
public final class BackendFailures {

  private static final Logger LOG = Logger.getLogger(BackendFailures.class.getName());

  private static final Jsonb JSON = JsonbBuilder.create();

  private BackendFailures() {
  }

  /** A call to a backend through one of its generated clients. */
  @FunctionalInterface
  public interface BackendCall<T> {
    T run() throws Exception;
  }

  /**
   * Makes a backend call and turns its failures into the BFF's own problems: what the backend
   * answered with an error status, or a 502 when it could not be reached.
   */
  public static <T> T call(String backend, BackendCall<T> call) {
    try {
      return call.run();
    } catch (dev.tizza.bff.client.auth.ApiException answered) {
      throw translate(backend, answered.getResponse());
    } catch (dev.tizza.bff.client.pizza.ApiException answered) {
      throw translate(backend, answered.getResponse());
    } catch (ProcessingException unreachable) {
      throw unavailable(backend, unreachable);
    } catch (RuntimeException failure) {
      throw failure;
    } catch (Exception unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  static ProblemException translate(String backend, Response response) {
    int status = response.getStatus();
    if (status >= 400 && status < 500) {
      Problem said = readProblem(response);
      ProblemKind kind = ProblemKind.forStatus(status);
      String detail = said == null || said.detail() == null ? kind.title() + "." : said.detail();
      Problem problem = new Problem(said != null && said.type() != null ? said.type()
          : kind.type(), kind.title(), status, detail, said == null ? null : said.errors());
      String retryAfter = response.getHeaderString("Retry-After");
      return new ProblemException(problem,
          retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter));
    }
    LOG.warning(() -> "The " + backend + " service answered " + status);
    return unavailable(backend);
  }

  static ProblemException unavailable(String backend, Exception failure) {
    LOG.warning(() -> "The " + backend + " service could not be reached: " + failure);
    return unavailable(backend);
  }

  static ProblemException unavailable(String backend) {
    return new ProblemException(ProblemKind.BAD_GATEWAY,
        "The " + backend + " service is not answering properly; please try again shortly.");
  }

  private static Problem readProblem(Response response) {
    try {
      return JSON.fromJson(response.readEntity(String.class), Problem.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
