package dev.tizza.frontend;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching for the static bundle. Vite puts a content hash in every file name under /assets/, so
 * those never change and may be kept for a year; index.html names the current hashes, so
 * browsers must revalidate it or they would keep loading the previous release.
 */
// Implements Filter itself: Liberty rejects a @WebFilter that only inherits it from HttpFilter.
@WebFilter("/*")
public class StaticFilesCacheFilter implements Filter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    String cacheControl = cacheControlFor(path);
    if (cacheControl != null) {
      ((HttpServletResponse) response).setHeader("Cache-Control", cacheControl);
    }

    chain.doFilter(request, response);
  }

  /** The Cache-Control for a static file, or null where the resource decides for itself. */
  static String cacheControlFor(String path) {
    if (path.startsWith("/runtime/")) {
      return null;
    }
    return path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
  }
}
