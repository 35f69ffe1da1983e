-- Refresh tokens are stored only as SHA-256 hashes. All tokens descended from one login share
-- a family; presenting a spent token revokes the family.
CREATE TABLE refresh_token (
  token_hash char(64)    PRIMARY KEY,
  user_id    uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  family_id  uuid        NOT NULL,
  issued_at  timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  spent_at   timestamptz,
  revoked_at timestamptz
);

CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);

-- Masked card data only: never a card number or a security code.
CREATE TABLE billing_profile (
  user_id         uuid         PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
  cardholder_name varchar(100) NOT NULL,
  card_brand      varchar(16)  NOT NULL,
  card_last4      char(4)      NOT NULL CHECK (card_last4 ~ '^[0-9]{4}$'),
  expiry_month    smallint     NOT NULL CHECK (expiry_month BETWEEN 1 AND 12),
  expiry_year     smallint     NOT NULL,
  billing_email   varchar(254) NOT NULL,
  updated_at      timestamptz  NOT NULL DEFAULT now()
);

-- Failed logins, for throttling. Accounts and clients appear only as SHA-256 hashes, so the
-- table says nothing about a person once their account is erased.
CREATE TABLE login_failure (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_key char(64)    NOT NULL,
  client_key  char(64)    NOT NULL,
  failed_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX login_failure_account_idx ON login_failure (account_key, failed_at);
CREATE INDEX login_failure_client_idx ON login_failure (client_key, failed_at);
