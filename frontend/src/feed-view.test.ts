import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedFromBff } from './api';
import type { TizzaFeed } from './feed-view';
import './feed-view';
import { json, page, pizza, problem } from './testing';

type Answer = () => Response | Promise<Response>;

/** A fake BFF: answers each /feed request by its cursor ("" for the first page). */
function fakeBff(answers: Record<string, Answer | Answer[]>) {
  const requests: URL[] = [];
  const fetchFn = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    requests.push(url);
    const key = url.searchParams.get('cursor') ?? '';
    const answer = answers[key];
    const next = Array.isArray(answer) ? answer.shift() : answer;
    if (!next) {
      throw new Error(`unexpected request ${url}`);
    }
    return next();
  });
  return { source: feedFromBff('http://bff.test/api', fetchFn), requests };
}

async function mount(source: TizzaFeed['source']): Promise<TizzaFeed> {
  const feed = document.createElement('tizza-feed');
  feed.locale = 'en-US';
  feed.source = source;
  document.body.append(feed);
  await feed.updateComplete;
  return feed;
}

function root(feed: TizzaFeed): ShadowRoot {
  return feed.shadowRoot!;
}

function titles(feed: TizzaFeed): string[] {
  return [...root(feed).querySelectorAll('article h3')].map((h) => h.textContent!.trim());
}

function button(feed: TizzaFeed, label: string): HTMLButtonElement | undefined {
  return [...root(feed).querySelectorAll('button')]
    .find((b) => b.textContent!.trim() === label);
}

function text(feed: TizzaFeed): string {
  return root(feed).textContent!.replace(/\s+/g, ' ');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<tizza-feed>', () => {
  it('says it is loading until the first page arrives', async () => {
    let answer!: (response: Response) => void;
    const { source } = fakeBff({ '': () => new Promise((resolve) => (answer = resolve)) });

    const feed = await mount(source);

    expect(text(feed)).toContain('Loading pizzas…');
    expect(root(feed).querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    answer(json(page([pizza(1)])));
    await vi.waitFor(() => expect(titles(feed)).toEqual(['Pizza 1']));
    expect(root(feed).querySelector('section')!.getAttribute('aria-busy')).toBe('false');
  });

  it('shows a card with everything a diner wants to know about a pizza', async () => {
    const margherita = pizza(1, {
      title: 'Margherita',
      description: 'San Marzano tomatoes, fior di latte, basil.',
      toppings: ['tomato', 'mozzarella', 'basil'],
      price: { amount: '8.5', currency: 'EUR' },
      likeCount: 1234,
      imageUrl: 'https://img.test/margherita.jpg',
      pizzeria: { id: 9, name: 'Da Michele', city: 'Naples' },
    });
    const { source } = fakeBff({ '': () => json(page([margherita, pizza(2)])) });

    const feed = await mount(source);

    await vi.waitFor(() => expect(titles(feed)).toEqual(['Margherita', 'Pizza 2']));
    const card = root(feed).querySelector('article')!;
    const cardText = card.textContent!.replace(/\s+/g, ' ');
    expect(cardText).toContain('Da Michele · Naples');
    expect(cardText).toContain('€8.50');
    expect(cardText).toContain('San Marzano tomatoes, fior di latte, basil.');
    expect(cardText).toContain('1,234 likes');
    const toppings = card.querySelectorAll('ul[aria-label="Toppings"] li');
    expect([...toppings].map((li) => li.textContent)).toEqual(['tomato', 'mozzarella', 'basil']);
    const image = card.querySelector('img')!;
    expect(image.getAttribute('src')).toBe('https://img.test/margherita.jpg');
    expect(image.getAttribute('alt')).toBe('Margherita from Da Michele');
    expect(root(feed).querySelectorAll('img')).toHaveLength(1);
  });

  it('appends the next page when asked to load more, until the last page', async () => {
    const { source, requests } = fakeBff({
      '': () => json(page([pizza(1), pizza(2)], 'page2')),
      page2: () => json(page([pizza(3)], 'page3')),
      page3: () => json(page([pizza(4)])),
    });
    const feed = await mount(source);
    await vi.waitFor(() => expect(titles(feed)).toHaveLength(2));

    button(feed, 'Load more pizzas')!.click();
    await vi.waitFor(() => expect(titles(feed)).toHaveLength(3));
    button(feed, 'Load more pizzas')!.click();
    await vi.waitFor(() => expect(titles(feed)).toHaveLength(4));

    expect(titles(feed)).toEqual(['Pizza 1', 'Pizza 2', 'Pizza 3', 'Pizza 4']);
    expect(requests.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'page2', 'page3']);
    expect(button(feed, 'Load more pizzas')).toBeUndefined();
    expect(text(feed)).toContain('That is every pizza for now.');
    expect(root(feed).activeElement?.id).toBe('pizza-4');
  });

  it('tells the diner when there are no pizzas yet', async () => {
    const { source } = fakeBff({ '': () => json(page([])) });

    const feed = await mount(source);

    await vi.waitFor(() => expect(text(feed)).toContain('No pizzas yet.'));
    expect(root(feed).querySelector('article')).toBeNull();
    expect(button(feed, 'Load more pizzas')).toBeUndefined();
  });

  it('shows the problem details of a failed load and recovers on retry', async () => {
    const { source } = fakeBff({
      '': [
        () => problem(502, 'The pizza service did not answer', 'Try again in a minute.'),
        () => json(page([pizza(1)])),
      ],
    });
    const feed = await mount(source);

    await vi.waitFor(() => expect(root(feed).querySelector('[role="alert"]')).not.toBeNull());
    const alert = root(feed).querySelector('[role="alert"]')!.textContent!;
    expect(alert).toContain('The pizza service did not answer');
    expect(alert).toContain('Try again in a minute.');
    expect(titles(feed)).toEqual([]);

    button(feed, 'Try again')!.click();

    await vi.waitFor(() => expect(titles(feed)).toEqual(['Pizza 1']));
    expect(root(feed).querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps the pizzas shown when loading more fails, and lets the diner retry', async () => {
    const { source } = fakeBff({
      '': () => json(page([pizza(1)], 'page2')),
      page2: [
        () => problem(400, 'Invalid cursor'),
        () => json(page([pizza(2)])),
      ],
    });
    const feed = await mount(source);
    await vi.waitFor(() => expect(titles(feed)).toHaveLength(1));

    button(feed, 'Load more pizzas')!.click();
    await vi.waitFor(() => expect(text(feed)).toContain('Invalid cursor'));
    expect(titles(feed)).toEqual(['Pizza 1']);
    button(feed, 'Try loading more again')!.click();

    await vi.waitFor(() => expect(titles(feed)).toEqual(['Pizza 1', 'Pizza 2']));
  });

  it('ignores a slow answer for a source that has since been replaced', async () => {
    let answerOld!: (response: Response) => void;
    const old = fakeBff({ '': () => new Promise((resolve) => (answerOld = resolve)) });
    const current = fakeBff({ '': () => json(page([pizza(2)])) });
    const feed = await mount(old.source);

    feed.source = current.source;
    await vi.waitFor(() => expect(titles(feed)).toEqual(['Pizza 2']));
    answerOld(json(page([pizza(1)])));
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(titles(feed)).toEqual(['Pizza 2']);
  });
});
