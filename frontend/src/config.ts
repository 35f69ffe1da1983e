import { ProblemError } from './problem';

/** What the server tells the app at start-up (see RuntimeConfigResource on the Java side). */
export interface RuntimeConfig {
  apiBaseUrl: string;
}

export const RUNTIME_CONFIG_PATH = '/runtime/config.json';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Loads the environment-specific settings from the server that served the app, so one build
 * of the bundle runs unchanged in every environment.
 */
export async function loadRuntimeConfig(
  fetchFn: Fetch = (input, init) => globalThis.fetch(input, init),
  path: string = RUNTIME_CONFIG_PATH,
): Promise<RuntimeConfig> {
  const response = await fetchFn(path, {
    cache: 'no-store',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    throw new ProblemError({
      title: 'The app could not load its settings',
      detail: `${path} answered with HTTP ${response.status}.`,
      status: response.status,
    });
  }

  const body: unknown = await response.json();
  if (!hasApiBaseUrl(body)) {
    throw new ProblemError({
      title: 'The app could not load its settings',
      detail: `${path} does not name the API to use.`,
    });
  }
  // Paths are appended to the base URL, so a trailing slash would double up.
  return { apiBaseUrl: body.apiBaseUrl.replace(/\/+$/, '') };
}

function hasApiBaseUrl(body: unknown): body is RuntimeConfig {
  return typeof body === 'object' && body !== null && 'apiBaseUrl' in body
    && typeof body.apiBaseUrl === 'string' && body.apiBaseUrl.trim() !== '';
}
