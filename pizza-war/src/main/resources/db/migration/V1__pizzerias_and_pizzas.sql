CREATE TABLE pizzeria (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        varchar(120) NOT NULL,
  street      varchar(200) NOT NULL,
  city        varchar(100) NOT NULL,
  postal_code varchar(20)  NOT NULL,
  country     char(2)      NOT NULL,
  phone       varchar(40)  NOT NULL,
  -- The owner's user id in the auth service, and nothing else about them.
  owner_id    uuid         NOT NULL,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  version     bigint       NOT NULL DEFAULT 0
);

CREATE INDEX pizzeria_owner_idx ON pizzeria (owner_id);

CREATE TABLE pizza (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pizzeria_id    bigint        NOT NULL REFERENCES pizzeria (id) ON DELETE CASCADE,
  title          varchar(120)  NOT NULL,
  description    varchar(2000) NOT NULL,
  price_amount   numeric(8, 2) NOT NULL CHECK (price_amount >= 0),
  price_currency char(3)       NOT NULL,
  image_url      varchar(500),
  like_count     bigint        NOT NULL DEFAULT 0 CHECK (like_count >= 0),
  created_at     timestamptz   NOT NULL DEFAULT now(),
  updated_at     timestamptz   NOT NULL DEFAULT now(),
  version        bigint        NOT NULL DEFAULT 0
);

-- The feed pages newest first by id (keyset), overall and per pizzeria.
CREATE INDEX pizza_pizzeria_id_idx ON pizza (pizzeria_id, id DESC);

CREATE TABLE pizza_topping (
  pizza_id bigint      NOT NULL REFERENCES pizza (id) ON DELETE CASCADE,
  position int         NOT NULL,
  topping  varchar(40) NOT NULL,
  PRIMARY KEY (pizza_id, position)
);

CREATE INDEX pizza_topping_topping_idx ON pizza_topping (topping, pizza_id);
