import { describe, expect, it, vi } from 'vitest';
import { feedFromBff, feedFromRuntimeConfig } from './api';
import { describeFailure, ProblemError } from './problem';
import { json, page, pizza, problem } from './testing';

describe('feedFromBff', () => {
  it('asks for the first page with the page size and no cursor', async () => {
    const fetchFn = vi.fn(async (_request: Request) => json(page([pizza(1)], 'c2')));

    const first = await feedFromBff('http://bff.test/api', fetchFn)();

    expect(first.items.map((p) => p.id)).toEqual([1]);
    expect(first.nextCursor).toBe('c2');
    const request = fetchFn.mock.calls[0]![0];
    expect(request.method).toBe('GET');
    expect(request.url).toBe('http://bff.test/api/feed?limit=20');
  });

  it('passes the cursor of the previous page along', async () => {
    const fetchFn = vi.fn(async (_request: Request) => json(page([])));

    await feedFromBff('http://bff.test/api', fetchFn)('abc_-9');

    const url = new URL(fetchFn.mock.calls[0]![0].url);
    expect(url.searchParams.get('cursor')).toBe('abc_-9');
    expect(url.searchParams.get('limit')).toBe('20');
  });

  it('turns problem details into a problem with their title and detail', async () => {
    const feed = feedFromBff('http://bff.test/api',
      async () => problem(502, 'Pizza service unavailable', 'Try again in a minute.'));

    const failure = await feed().catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ProblemError);
    expect(describeFailure(failure)).toEqual({
      title: 'Pizza service unavailable',
      detail: 'Try again in a minute.',
      status: 502,
    });
  });

  it('names the HTTP status when the error body is not problem details', async () => {
    const feed = feedFromBff('http://bff.test/api',
      async () => new Response('<html>Bad gateway</html>', { status: 502 }));

    const failure = await feed().catch((e: unknown) => e);

    expect(describeFailure(failure).detail).toContain('HTTP 502');
  });

  it('rejects an answer that is not a feed page', async () => {
    const feed = feedFromBff('http://bff.test/api', async () => json({ pizzas: [] }));

    await expect(feed()).rejects.toThrow(/shape/);
  });

  it('reports an unreachable server as a connection problem', async () => {
    const feed = feedFromBff('http://bff.test/api', async () => {
      throw new TypeError('Failed to fetch');
    });

    const failure = await feed().catch((e: unknown) => e);

    expect(describeFailure(failure).title).toBe('Could not reach tizza');
  });
});

describe('feedFromRuntimeConfig', () => {
  it('loads the config once and reads the feed where it points', async () => {
    const loadConfig = vi.fn(async () => ({ apiBaseUrl: 'http://configured/api' }));
    const source = vi.fn(async () => page([pizza(1)]));
    const feedAt = vi.fn(() => source);
    const feed = feedFromRuntimeConfig(loadConfig, feedAt);

    await feed();
    await feed('next');

    expect(loadConfig).toHaveBeenCalledTimes(1);
    expect(feedAt).toHaveBeenCalledWith('http://configured/api');
    expect(source).toHaveBeenLastCalledWith('next');
  });

  it('tries the config again after it failed to load', async () => {
    const loadConfig = vi.fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce({ apiBaseUrl: 'http://configured/api' });
    const feed = feedFromRuntimeConfig(loadConfig, () => async () => page([pizza(7)]));

    await expect(feed()).rejects.toThrow('offline');
    const second = await feed();

    expect(second.items[0]!.id).toBe(7);
    expect(loadConfig).toHaveBeenCalledTimes(2);
  });
});
