package dev.tizza.bff.backend;

import dev.tizza.platform.Problem;
import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

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
   * answered with an error status, or a 502 when it could not be reached or failed, which the
   * caller may retry when the call only {@code reads}.
   */
  static <T> T call(String backend, boolean reads, BackendCall<T> call) {
    try {
      return call.run();
    } catch (dev.tizza.client.auth.ApiException answered) {
      throw translate(backend, reads, answered.getResponse());
    } catch (dev.tizza.client.pizza.ApiException answered) {
      throw translate(backend, reads, answered.getResponse());
    } catch (ProcessingException unreachable) {
      LOG.warning(() -> "The " + backend + " service could not be reached: " + unreachable);
      throw unavailable(backend, reads);
    } catch (RuntimeException failure) {
      throw failure;
    } catch (Exception unexpected) {
      throw new IllegalStateException(unexpected);
    }
  }

  static ProblemException translate(String backend, boolean reads, Response response) {
    int status = response.getStatus();
    if (status >= 400 && status < 500) {
      Problem said = readProblem(response);
      ProblemKind kind = ProblemKind.forStatus(status);
      String detail = said == null || said.detail() == null ? kind.title() + "." : said.detail();
      // The backend's own type and title, which belong together; the status decides the rest.
      boolean typed = said != null && said.type() != null && said.title() != null;
      Problem problem = new Problem(typed ? said.type() : kind.type(),
          typed ? said.title() : kind.title(), status, detail,
          said == null ? null : said.errors());
      String retryAfter = response.getHeaderString("Retry-After");
      return new ProblemException(problem,
          retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter));
    }
    LOG.warning(() -> "The " + backend + " service answered " + status);
    return unavailable(backend, reads);
  }

  static BackendUnavailable unavailable(String backend, boolean reads) {
    return reads ? new BackendUnavailable.Retryable(backend) : new BackendUnavailable(backend);
  }

  private static Problem readProblem(Response response) {
    try {
      return JSON.fromJson(response.readEntity(String.class), Problem.class);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * The result of a guarded call, or the problem to answer with: the backend's own client
   * error, or a 502 when it failed, was too slow, or is being spared by its circuit breaker.
   */
  public static <T> T await(String backend, CompletionStage<T> call) {
    return await(backend, call, null);
  }

  /**
   * The same, but waiting no later than a screen's {@code deadline} (null: as long as the
   * call's own timeout allows); a call still running then goes on without the screen.
   */
  public static <T> T await(String backend, CompletionStage<T> call, Instant deadline) {
    try {
      if (deadline == null) {
        return call.toCompletableFuture().get();
      }
      long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
      return call.toCompletableFuture().get(left, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException late) {
      throw unavailable(backend, "did not answer within the screen's time budget");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw unavailable(backend, "was interrupted");
    } catch (ExecutionException failed) {
      throw problemOf(backend, failed.getCause());
    }
  }

  static RuntimeException problemOf(String backend, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof ProblemException problem) {
      return problem;
    }
    if (cause instanceof TimeoutException) {
      return unavailable(backend, "did not answer in time");
    }
    if (cause instanceof CircuitBreakerOpenException) {
      return unavailable(backend, "failed repeatedly and is given a rest");
    }
    if (cause instanceof BulkheadException) {
      return unavailable(backend, "has too many calls waiting");
    }
    LOG.warning(() -> "A call to the " + backend + " service failed: " + cause);
    return unavailable(backend, "failed");
  }

  private static ProblemException unavailable(String backend, String why) {
    LOG.warning(() -> "The " + backend + " service " + why);
    return new ProblemException(ProblemKind.BAD_GATEWAY,
        "The " + backend + " service is not answering properly; please try again shortly.");
  }
}
