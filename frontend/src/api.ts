import { createBffClient, type FeedPage } from '@tizza/bff-client';
import { loadRuntimeConfig, type RuntimeConfig } from './config';
import { ProblemError, toProblem } from './problem';

export type { FeedPage, FeedPizza } from '@tizza/bff-client';

/** One page of the feed: the first when cursor is absent, else the page after it. */
export type FeedSource = (cursor?: string) => Promise<FeedPage>;

export type RequestFetch = (request: Request) => Promise<Response>;

export const FEED_PAGE_SIZE = 20;

/** Reads the feed from the BFF at apiBaseUrl, typed by the BFF's OpenAPI contract. */
export function feedFromBff(apiBaseUrl: string, fetchFn?: RequestFetch): FeedSource {
  const client = createBffClient(apiBaseUrl, {
    // Resolved per call rather than captured, so a page never holds a stale fetch.
    fetch: fetchFn ?? ((request) => globalThis.fetch(request)),
  });

  return async (cursor) => {
    const query = cursor ? { limit: FEED_PAGE_SIZE, cursor } : { limit: FEED_PAGE_SIZE };
    const { data, error, response } = await client.GET('/feed', { params: { query } });
    if (!response.ok) {
      throw new ProblemError(toProblem(error, response.status));
    }
    if (!data || !Array.isArray(data.items)) {
      throw new ProblemError({
        title: 'Something went wrong on our side',
        detail: 'The feed came back in a shape this app does not understand.',
        status: response.status,
      });
    }
    return data;
  };
}

/**
 * The feed as the running app reads it: the API location comes from the server's runtime
 * config, fetched on first use. A failed config load is retried on the next call, so the
 * feed's "Try again" also recovers from a config outage.
 */
export function feedFromRuntimeConfig(
  loadConfig: () => Promise<RuntimeConfig> = loadRuntimeConfig,
  feedAt: (apiBaseUrl: string) => FeedSource = feedFromBff,
): FeedSource {
  let feed: FeedSource | undefined;
  return async (cursor) => {
    feed ??= feedAt((await loadConfig()).apiBaseUrl);
    return feed(cursor);
  };
}
