import { describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig } from './config';
import { ProblemError } from './problem';
import { json } from './testing';

describe('loadRuntimeConfig', () => {
  it('reads the API base URL from the server, bypassing every cache', async () => {
    const fetchFn = vi.fn(async () => json({ apiBaseUrl: 'https://bff.example/api' }));

    const config = await loadRuntimeConfig(fetchFn);

    expect(config).toEqual({ apiBaseUrl: 'https://bff.example/api' });
    expect(fetchFn).toHaveBeenCalledWith('/runtime/config.json',
      expect.objectContaining({ cache: 'no-store' }));
  });

  it('drops trailing slashes so that paths can be appended', async () => {
    const config = await loadRuntimeConfig(async () => json({ apiBaseUrl: 'http://x/api//' }));

    expect(config.apiBaseUrl).toBe('http://x/api');
  });

  it('fails with a readable problem when the server has no config', async () => {
    const load = loadRuntimeConfig(async () => new Response('gone', { status: 404 }));

    await expect(load).rejects.toBeInstanceOf(ProblemError);
    await expect(load).rejects.toThrow(/HTTP 404/);
  });

  it('fails when the config names no API', async () => {
    await expect(loadRuntimeConfig(async () => json({ apiBaseUrl: '' })))
      .rejects.toThrow(/does not name the API/);
  });
});
