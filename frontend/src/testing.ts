import type { FeedPage, FeedPizza } from './api';

/** A pizza for tests; override what the test is about. */
export function pizza(id: number, overrides: Partial<FeedPizza> = {}): FeedPizza {
  return {
    id,
    title: `Pizza ${id}`,
    description: `The ${id}th pizza of the test oven.`,
    toppings: ['tomato', 'mozzarella'],
    price: { amount: '10.00', currency: 'EUR' },
    likeCount: id,
    pizzeria: { id: 100 + id, name: `Pizzeria ${id}`, city: 'Naples' },
    ...overrides,
  };
}

export function page(items: FeedPizza[], nextCursor?: string): FeedPage {
  return nextCursor ? { items, nextCursor } : { items };
}

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  });
}

export function problem(status: number, title: string, detail?: string): Response {
  return json({ type: 'about:blank', title, status, detail }, status, 'application/problem+json');
}
