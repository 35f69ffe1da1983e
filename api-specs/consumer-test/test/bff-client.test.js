// Another team's web app, reading the tizza feed and signing a user in through the published
// @tizza/bff-client package, against the BFF at TIZZA_BFF_URL.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { bearer, createBffClient } from '@tizza/bff-client';

const baseUrl = process.env.TIZZA_BFF_URL ?? 'http://localhost:9083/api';

before(async () => {
  const ready = new URL('/health/ready', baseUrl);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(ready)).ok) return;
    } catch {
      // Not listening yet.
    }
    assert.ok(Date.now() < deadline, `${ready} is not ready`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test('reads a page of the feed with pizzeria names', async () => {
  const client = createBffClient(baseUrl);

  const { data, response } = await client.GET('/feed', { params: { query: { limit: 3 } } });

  assert.equal(response.status, 200);
  assert.equal(data.items.length, 3);
  for (const pizza of data.items) {
    assert.ok(pizza.title.length > 0);
    assert.ok(pizza.pizzeria.name.length > 0);
  }
  assert.ok(data.nextCursor);
});

test('logs in and reads the signed-in user', async () => {
  let token;
  const client = createBffClient(baseUrl);
  client.use(bearer(() => token));

  const login = await client.POST('/login', {
    body: { email: 'carlo@tizza.dev', password: 'pizza-lover-2026' },
  });
  token = login.data.accessToken;
  const me = await client.GET('/me');

  assert.equal(login.response.status, 200);
  assert.equal(me.response.status, 200);
  assert.equal(me.data.account.email, 'carlo@tizza.dev');
  assert.ok(me.data.permissions.includes('pizzas:manage-own'));
});

test('gets a problem, not data, for bad input', async () => {
  const client = createBffClient(baseUrl);

  const { data, error, response } = await client.GET('/feed', {
    params: { query: { limit: 0 } },
  });

  assert.equal(response.status, 400);
  assert.equal(data, undefined);
  assert.match(response.headers.get('Content-Type'), /^application\/problem\+json/);
  assert.equal(error.status, 400);
});
