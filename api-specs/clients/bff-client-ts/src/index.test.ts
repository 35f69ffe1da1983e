import { describe, expect, it } from 'vitest';
import { bearer, createBffClient } from './index';

function answering(status: number, body: unknown, seen: Request[]) {
  return async (request: Request) => {
    seen.push(request);
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
    });
  };
}

describe('createBffClient', () => {
  it('calls the BFF below its base URL with the query the contract names', async () => {
    const seen: Request[] = [];
    const client = createBffClient('http://bff.test/api', {
      fetch: answering(200, { items: [] }, seen),
    });

    const { data } = await client.GET('/feed', {
      params: { query: { limit: 5, sort: 'mostLiked' } },
    });

    expect(seen[0].url).toBe('http://bff.test/api/feed?limit=5&sort=mostLiked');
    expect(data?.items).toEqual([]);
  });

  it('hands a problem back as the error, not as data', async () => {
    const problem = { type: 'https://tizza.dev/problems/validation', title: 'Bad', status: 400 };
    const client = createBffClient('http://bff.test/api', { fetch: answering(400, problem, []) });

    const { data, error, response } = await client.GET('/feed', {});

    expect(response.status).toBe(400);
    expect(data).toBeUndefined();
    expect(error).toEqual(problem);
  });

  it('sends the current token with every call, and none when signed out', async () => {
    const seen: Request[] = [];
    let token: string | undefined = 'first';
    const client = createBffClient('http://bff.test/api', { fetch: answering(200, {}, seen) });
    client.use(bearer(() => token));

    await client.GET('/me');
    token = 'refreshed';
    await client.GET('/me');
    token = undefined;
    await client.GET('/me');

    expect(seen.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer first',
      'Bearer refreshed',
      null,
    ]);
  });
});

describe('the package', () => {
  it('carries the version of the contract it was generated from', async () => {
    const { readFile } = await import('node:fs/promises');
    const spec = await readFile(new URL('../../../src/main/resources/openapi/bff.yaml',
      import.meta.url), 'utf8');
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

    expect(pkg.version).toBe(/^ {2}version: (\S+)$/m.exec(spec)?.[1]);
  });
});
