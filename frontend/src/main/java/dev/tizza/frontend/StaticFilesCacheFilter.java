package dev.tizza.frontend;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caching for the static bundle. Vite puts a content hash in every file name under /assets/, so
 * those never change and may be kept for a year; index.html names the current hashes, so
 * browsers must revalidate it or they would keep loading the previous release.
 */
@WebFilter("/*")
public class StaticFilesCacheFilter extends HttpFilter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String cacheControl = cacheControlFor(path);
    if (cacheControl != null) {
      response.setHeader("Cache-Control", cacheControl);
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
