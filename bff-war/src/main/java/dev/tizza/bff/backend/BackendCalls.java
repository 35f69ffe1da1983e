package dev.tizza.bff.backend;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Every call the BFF makes to a backend, one guarded method per backend: it runs beside the
 * request's other calls, gives up after a timeout (screens wait less: see
 * {@link ScreenBudget}), is made once more only when it just reads,
 * stops being made for a while once the backend keeps failing (circuit breaker), and never
 * holds more than a bounded number of threads (bulkhead), so that one slow backend cannot take
 * the whole BFF with it. The limits are MicroProfile Fault Tolerance settings in
 * microprofile-config.properties, overridable by environment. Each method has a circuit breaker
 * and a bulkhead of its own, so each backend does.
 */
@ApplicationScoped
@Asynchronous
@Timeout(5000)
@Retry(maxRetries = 1, delay = 100, jitter = 50, retryOn = BackendUnavailable.Retryable.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000,
    successThreshold = 2, failOn = {BackendUnavailable.class, TimeoutException.class})
@Bulkhead(value = 32, waitingTaskQueue = 128)
public class BackendCalls {

  /** A call to pizza; {@code reads} when it changes nothing and may be made twice. */
  public <T> CompletionStage<T> pizza(boolean reads, BackendFailures.BackendCall<T> call) {
    return CompletableFuture.completedFuture(BackendFailures.call("pizza", reads, call));
  }

  /** A call to auth; {@code reads} when it changes nothing and may be made twice. */
  public <T> CompletionStage<T> auth(boolean reads, BackendFailures.BackendCall<T> call) {
    return CompletableFuture.completedFuture(BackendFailures.call("auth", reads, call));
  }
}
