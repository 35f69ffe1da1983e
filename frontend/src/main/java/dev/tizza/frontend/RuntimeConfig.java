package dev.tizza.frontend;

/**
 * The settings the single-page app reads at start-up, as JSON.
 *
 * @param apiBaseUrl where browsers reach the BFF, without a trailing slash
 */
public record RuntimeConfig(String apiBaseUrl) {
}
