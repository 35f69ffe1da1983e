package dev.tizza.bff.backend;

import dev.tizza.platform.ProblemException;
import dev.tizza.platform.ProblemKind;

/**
 * A backend could not be reached or failed on its side: a 502 for the caller, and a failure
 * for the circuit breaker of that backend. Client errors a backend answers are not this.
 */
public class BackendUnavailable extends ProblemException {

  BackendUnavailable(String backend) {
    super(ProblemKind.BAD_GATEWAY,
        "The " + backend + " service is not answering properly; please try again shortly.");
  }

  /** The failure of a call that only reads, which is safe to make again. */
  public static final class Retryable extends BackendUnavailable {

    Retryable(String backend) {
      super(backend);
    }
  }
}
