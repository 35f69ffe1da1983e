package dev.tizza.frontend;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The little the web app asks of its own server at run time. Everything else under "/" is the
 * static bundle, which this path leaves to Liberty's file serving.
 */
@ApplicationPath("/runtime")
public class RuntimeApplication extends Application {
}
