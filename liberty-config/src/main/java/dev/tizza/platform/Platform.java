package dev.tizza.platform;

import java.util.Set;

/** What every tizza JAX-RS application registers besides its own resources. */
public final class Platform {

  private Platform() {
  }

  public static Set<Class<?>> providers() {
    return Set.of(ProblemMapper.class, ViolationMapper.class, QueryParameters.class,
        RequestBodyLimit.class, ExactNumbers.class);
  }
}
