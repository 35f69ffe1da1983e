CREATE TABLE user_account (
  id            uuid PRIMARY KEY,
  email         varchar(254) NOT NULL,
  display_name  varchar(80)  NOT NULL,
  password_hash varchar(255) NOT NULL,
  created_at    timestamptz  NOT NULL DEFAULT now(),
  updated_at    timestamptz  NOT NULL DEFAULT now(),
  version       bigint       NOT NULL DEFAULT 0
);

-- Emails are unique regardless of case; the service stores them lower-cased as well.
CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email));

CREATE TABLE user_role (
  user_id uuid        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
  role    varchar(16) NOT NULL CHECK (role IN ('DINER', 'CREATOR', 'ADMIN')),
  PRIMARY KEY (user_id, role)
);
