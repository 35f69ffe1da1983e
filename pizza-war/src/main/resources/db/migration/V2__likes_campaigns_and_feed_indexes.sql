-- Likes: one row per diner and pizza, so liking twice is liking once. The pizza keeps an exact
-- count, changed in the same transaction as the row, so the feed never counts likes per page.
CREATE TABLE pizza_like (
  pizza_id   bigint      NOT NULL REFERENCES pizza (id) ON DELETE CASCADE,
  -- The diner's user id in the auth service, and nothing else about them.
  user_id    uuid        NOT NULL,
  given_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (pizza_id, user_id)
);

-- "Which of these pizzas do I like": one index range per diner.
CREATE INDEX pizza_like_user_idx ON pizza_like (user_id, pizza_id);

CREATE TABLE campaign (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pizzeria_id      bigint       NOT NULL REFERENCES pizzeria (id) ON DELETE CASCADE,
  title            varchar(120) NOT NULL,
  discount_percent int          NOT NULL CHECK (discount_percent BETWEEN 1 AND 99),
  starts_at        timestamptz  NOT NULL,
  ends_at          timestamptz  NOT NULL,
  created_at       timestamptz  NOT NULL DEFAULT now(),
  updated_at       timestamptz  NOT NULL DEFAULT now(),
  version          bigint       NOT NULL DEFAULT 0,
  CHECK (ends_at > starts_at)
);

CREATE INDEX campaign_pizzeria_idx ON campaign (pizzeria_id, id DESC);

CREATE TABLE campaign_pizza (
  campaign_id bigint NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  pizza_id    bigint NOT NULL REFERENCES pizza (id) ON DELETE CASCADE,
  PRIMARY KEY (campaign_id, pizza_id)
);

CREATE INDEX campaign_pizza_pizza_idx ON campaign_pizza (pizza_id);

-- Free-text search in title and description. The 'simple' configuration neither stems nor drops
-- stop words, so it treats every language alike.
ALTER TABLE pizza ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || description)) STORED;

CREATE INDEX pizza_search_idx ON pizza USING gin (search);

-- Feed orders: newest is the primary key; most liked pages by (like_count, id).
CREATE INDEX pizza_most_liked_idx ON pizza (like_count DESC, id DESC);
CREATE INDEX pizza_pizzeria_most_liked_idx ON pizza (pizzeria_id, like_count DESC, id DESC);

-- Toppings are matched without regard to case.
DROP INDEX pizza_topping_topping_idx;
CREATE INDEX pizza_topping_lower_idx ON pizza_topping (lower(topping), pizza_id DESC);

CREATE INDEX pizzeria_city_idx ON pizzeria (lower(city), id);
