package dev.tizza.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into an {@code application/problem+json} answer. Client mistakes get a
 * 4xx whose detail never echoes what was sent (it may hold a password or a card number);
 * anything else is logged once and answered with a bare 500.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  private static final Pattern PARAMETER_NAME =
      Pattern.compile("(?:PathParam|QueryParam|HeaderParam)\\(\"([A-Za-z0-9_-]{1,64})\"\\)");

  @Override
  public Response toResponse(Throwable failure) {
    ProblemException ours = problemIn(failure);
    Problem problem = ours != null ? ours.problem() : toProblem(failure);
    Response.ResponseBuilder answer = Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem);
    if (ours != null) {
      ours.headers().forEach(answer::header);
    }
    if (problem.status() == 401) {
      answer.header("WWW-Authenticate", "Bearer realm=\"tizza\"");
    }
    if (failure instanceof WebApplicationException web) {
      copyHeader(web.getResponse(), answer, "Allow");
      copyHeader(web.getResponse(), answer, "Retry-After");
      copyHeader(web.getResponse(), answer, "WWW-Authenticate");
    }
    return answer.build();
  }

  /**
   * A problem raised by our own code, also when a reader wrapped it: the request body limit
   * fails while JSON-B reads the stream.
   */
  static ProblemException problemIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return problem;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  static Problem toProblem(Throwable failure) {
    ProblemException ours = problemIn(failure);
    if (ours != null) {
      return ours.problem();
    }
    if (failure instanceof ConstraintViolationException violations) {
      return validationProblem(violations);
    }
    Problem fromDatabase = databaseProblem(failure);
    if (fromDatabase != null) {
      return fromDatabase;
    }
    if (causedByJson(failure)) {
      return Problem.of(ProblemKind.MALFORMED_BODY,
          "The body could not be read as JSON of the expected shape.");
    }
    if (failure instanceof NotFoundException && failure.getCause() != null) {
      // JAX-RS answers 404 when a path or query parameter cannot be converted; it is the
      // request that is wrong, not the resource that is missing.
      return unconvertibleParameter(failure.getMessage());
    }
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status < 500) {
        ProblemKind kind = ProblemKind.forStatus(status);
        return new Problem(kind.type(), kind.title(), status, kind.title() + ".", null);
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure while answering a request", failure);
    return Problem.of(ProblemKind.INTERNAL, "The error was logged; please try again later.");
  }

  /**
   * The problem for a parameter JAX-RS could not convert, naming it when the runtime's message
   * does (RESTEasy writes {@code PathParam("pizzaId")}); the value itself is never repeated.
   */
  static Problem unconvertibleParameter(String message) {
    Matcher named = message == null ? null : PARAMETER_NAME.matcher(message);
    ProblemKind kind = ProblemKind.INVALID_PARAMETER;
    if (named == null || !named.find()) {
      return Problem.of(kind, "A path or query parameter has a value of the wrong type.");
    }
    String name = named.group(1);
    return new Problem(kind.type(), kind.title(), kind.status(),
        "The parameter " + name + " has a value of the wrong type or size.",
        List.of(new Problem.FieldError(name, "must have the documented type and range")));
  }

  private static Problem validationProblem(ConstraintViolationException violations) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      errors.add(new Problem.FieldError(fieldName(violation), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    ProblemKind kind = ProblemKind.VALIDATION;
    return new Problem(kind.type(), kind.title(), kind.status(),
        "Some fields break the contract: see errors.", errors);
  }

  /**
   * The name a caller knows a violated value by: the header, query or path parameter as the
   * contract names it, {@code body} for the request body itself, or the path inside the body.
   */
  static String fieldName(ConstraintViolation<?> violation) {
    String name = fieldName(violation.getPropertyPath());
    Path.MethodNode method = null;
    Path.ParameterNode parameter = null;
    int nodes = 0;
    for (Path.Node node : violation.getPropertyPath()) {
      nodes++;
      if (node.getKind() == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
      } else if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.as(Path.ParameterNode.class);
      }
    }
    if (method == null || parameter == null || nodes != 2 || violation.getRootBeanClass() == null) {
      return name;
    }
    return Parameters.contractName(violation.getRootBeanClass(), method.getName(),
        method.getParameterTypes(), parameter.getParameterIndex()).orElse(name);
  }

  /** The path inside the request body, without the Java method and parameter names in front. */
  static String fieldName(Path path) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      String name = node.getName();
      if (node.getIndex() != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
      }
      if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        names.add(name);
      }
    }
    if (names.size() > 1) {
      names.remove(0);
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  /**
   * Failures the database reports about what a client sent or did concurrently: they are the
   * client's to fix or retry, not ours, so they are answered as such and not logged.
   */
  static Problem databaseProblem(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // By name: services without JPA (the BFF) do not have the class at all.
      if (cause.getClass().getName().endsWith("OptimisticLockException")) {
        return Problem.of(ProblemKind.CONFLICT,
            "Someone changed this at the same time; read it again and retry.");
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        switch (sql.getSQLState()) {
          case "23505":
            return Problem.of(ProblemKind.CONFLICT, "This conflicts with existing data.");
          case "40001", "40P01":
            return Problem.of(ProblemKind.CONFLICT,
                "Someone changed this at the same time; retry.");
          case "22021", "22P05":
            return Problem.of(ProblemKind.VALIDATION,
                "Text may not contain NUL or other characters the store cannot hold.");
          case "22008", "22003", "22001":
            return Problem.of(ProblemKind.VALIDATION, "A value is out of range.");
          default:
            break;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static boolean causedByJson(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException
          || cause instanceof jakarta.json.JsonException) {
        return true;
      }
      if (cause instanceof ProcessingException && cause.getCause() == null) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
    Object value = from.getHeaders().getFirst(name);
    if (value != null) {
      to.header(name, value);
    }
  }
}
