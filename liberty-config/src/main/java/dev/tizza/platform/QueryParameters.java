package dev.tizza.platform;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses query parameters an operation does not define, a parameter given twice that takes
 * one value, and a query string that cannot be decoded. A misspelt filter would otherwise be
 * ignored silently and answer with more than the caller asked for.
 */
@Provider
public class QueryParameters implements ContainerRequestFilter {

  /** Per resource method, its query parameters and whether each takes several values. */
  private static final Map<Method, Map<String, Boolean>> KNOWN = new ConcurrentHashMap<>();

  @Context
  ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Map<String, Boolean> known = KNOWN.computeIfAbsent(method,
        found -> namesOf(resource.getResourceClass(), found));
    MultivaluedMap<String, String> sent;
    try {
      sent = request.getUriInfo().getQueryParameters();
    } catch (IllegalArgumentException undecodable) {
      throw new ProblemException(ProblemKind.INVALID_PARAMETER,
          "The query string is not well-formed: a % must start an escape such as %20.");
    }
    Set<String> unknown = new TreeSet<>(sent.keySet());
    unknown.removeAll(known.keySet());
    if (!unknown.isEmpty()) {
      throw refused(unknown, "is not a parameter of this operation");
    }
    Set<String> repeated = new TreeSet<>();
    sent.forEach((name, values) -> {
      if (values.size() > 1 && !known.get(name)) {
        repeated.add(name);
      }
    });
    if (!repeated.isEmpty()) {
      throw refused(repeated, "takes one value");
    }
  }

  private static ProblemException refused(Set<String> names, String why) {
    ProblemKind kind = ProblemKind.INVALID_PARAMETER;
    return new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
        "The query parameter " + String.join(", ", names) + " " + why + ".",
        names.stream().map(name -> new Problem.FieldError(name, why)).toList()));
  }

  /**
   * The query parameters of a resource method, read from the method itself and from the
   * generated interface it implements, where the annotations are.
   */
  static Map<String, Boolean> namesOf(Class<?> resourceClass, Method method) {
    Map<String, Boolean> names = new HashMap<>();
    collect(method, names);
    for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
      for (Class<?> contract : type.getInterfaces()) {
        try {
          collect(contract.getMethod(method.getName(), method.getParameterTypes()), names);
        } catch (NoSuchMethodException notThisOne) {
          // another interface of the class declares it
        }
      }
    }
    return Map.copyOf(names);
  }

  private static void collect(Method method, Map<String, Boolean> names) {
    Annotation[][] annotations = method.getParameterAnnotations();
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < annotations.length; i++) {
      boolean repeatable = Collection.class.isAssignableFrom(types[i]);
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof QueryParam query) {
          names.put(query.value(), repeatable);
        }
      }
    }
  }
}
