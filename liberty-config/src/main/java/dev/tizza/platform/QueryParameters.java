package dev.tizza.platform;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses query parameters an operation does not define. A misspelt filter would otherwise be
 * ignored silently and answer with more than the caller asked for.
 */
@Provider
public class QueryParameters implements ContainerRequestFilter {

  private static final Map<Method, Set<String>> KNOWN = new ConcurrentHashMap<>();

  @Context
  ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Set<String> known = KNOWN.computeIfAbsent(method,
        found -> namesOf(resource.getResourceClass(), found));
    Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      ProblemKind kind = ProblemKind.INVALID_PARAMETER;
      throw new ProblemException(new Problem(kind.type(), kind.title(), kind.status(),
          "This operation has no query parameter " + String.join(", ", unknown) + ".",
          unknown.stream()
              .map(name -> new Problem.FieldError(name, "is not a parameter of this operation"))
              .toList()));
    }
  }

  /**
   * The query parameter names of a resource method, read from the method itself and from the
   * generated interface it implements, where the annotations are.
   */
  static Set<String> namesOf(Class<?> resourceClass, Method method) {
    Set<String> names = new HashSet<>();
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
    return Set.copyOf(names);
  }

  private static void collect(Method method, Set<String> names) {
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      List.of(annotations).stream()
          .filter(QueryParam.class::isInstance)
          .map(annotation -> ((QueryParam) annotation).value())
          .forEach(names::add);
    }
  }
}
