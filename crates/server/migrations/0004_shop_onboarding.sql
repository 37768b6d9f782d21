-- Seller onboarding (REG-1, REG-3, REG-4, SHOP-1): the registration a shop was applied with, its review, one
-- shop per seller, verified contact e-mails and the outbox that carries verification codes.
ALTER TABLE shops ADD COLUMN registration_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE shops ADD COLUMN reviewed_at INTEGER;
ALTER TABLE shops ADD COLUMN reviewed_by INTEGER REFERENCES users (id);
CREATE UNIQUE INDEX shops_owner ON shops (owner_id);

CREATE TABLE email_verifications (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email       TEXT    NOT NULL COLLATE NOCASE,
    -- SHA-256 of the six-digit code; the code itself is only ever in the message.
    code_hash   BLOB    NOT NULL,
    sent_at     INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    verified_at INTEGER,
    PRIMARY KEY (user_id, email)
);

-- Messages to send. With no mail relay configured they stay here, readable by admins (the development
-- mailbox); a relay would drain it.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    recipient  TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
