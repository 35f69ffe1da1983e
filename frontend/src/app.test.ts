import { afterEach, describe, expect, it, vi } from 'vitest';
import './app';
import { json, page, pizza } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('<tizza-app>', () => {
  it('reads the feed from the API that the runtime config names', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (input: Request | string) => {
      const url = typeof input === 'string' ? input : input.url;
      urls.push(url);
      return url === '/runtime/config.json'
        ? json({ apiBaseUrl: 'http://bff.test/api' })
        : json(page([pizza(1, { title: 'Diavola' })]));
    }));

    const app = document.createElement('tizza-app');
    document.body.append(app);
    await app.updateComplete;

    expect(app.shadowRoot!.querySelector('h1')!.textContent).toBe('tizza');
    const feed = app.shadowRoot!.querySelector('tizza-feed')!;
    await vi.waitFor(() => expect(feed.shadowRoot!.querySelector('h3')?.textContent)
      .toBe('Diavola'));
    expect(urls).toEqual(['/runtime/config.json', 'http://bff.test/api/feed?limit=20']);
  });
});
