import createClient, { type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from '../target/generated/bff.js';

export type { components, operations, paths };

type Schemas = components['schemas'];
export type FeedPage = Schemas['FeedPage'];
export type FeedPizza = Schemas['FeedPizza'];
export type Dashboard = Schemas['Dashboard'];
export type Session = Schemas['Session'];
export type Money = Schemas['Money'];
export type Problem = Schemas['Problem'];

/** Every call of the web app API, typed by its contract: see openapi-fetch for the calls. */
export type BffClient = ReturnType<typeof createClient<paths>>;

/**
 * A client of the BFF at `baseUrl`, the address of its API including `/api`
 * (`http://localhost:9083/api` locally). Errors come back as `error`, an RFC 9457 problem.
 */
export function createBffClient(
  baseUrl: string,
  options: Omit<ClientOptions, 'baseUrl'> = {},
): BffClient {
  return createClient<paths>({ ...options, baseUrl });
}

/**
 * Sends the signed-in user's access token with every call, read anew for each call so that a
 * refreshed token is used as soon as it is had; no token, no header.
 */
export function bearer(accessToken: () => string | undefined): Middleware {
  return {
    onRequest({ request }) {
      const token = accessToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      return request;
    },
  };
}
