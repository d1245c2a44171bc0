-- The shop and payments (shop and payment features).
--
-- The vendor's country decides the VAT of a sale (domestic or not); the shop shows its name and logo.
ALTER TABLE vendor ADD COLUMN country VARCHAR(2);
ALTER TABLE vendor ADD COLUMN shop_name VARCHAR(200);
ALTER TABLE vendor ADD COLUMN shop_logo_url VARCHAR(500);

-- Shop tokens (SHOP: a cart for one licensee; ACTION: the customer portal). The secret is in the shop URL the
-- vendor's software hands to its customer and is stored only as its SHA-256.
CREATE TABLE shop_token (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    vendor_id        BIGINT       NOT NULL REFERENCES vendor (id),
    number           VARCHAR(64)  NOT NULL,
    active           BOOLEAN      NOT NULL,
    token_type       VARCHAR(16)  NOT NULL,
    secret_hash      VARCHAR(64)  NOT NULL,
    licensee_id      BIGINT       NOT NULL REFERENCES licensee (id) ON DELETE CASCADE,
    success_url      VARCHAR(2000),
    success_title    VARCHAR(200),
    cancel_url       VARCHAR(2000),
    cancel_title     VARCHAR(200),
    preselected      VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT shop_token_number_unique UNIQUE (vendor_id, number),
    CONSTRAINT shop_token_secret_unique UNIQUE (secret_hash)
);

-- Payment transactions: PENDING from checkout until the provider answers, then CLOSED (paid; its licenses created)
-- or CANCELLED (declined, cancelled, expired; nothing created). open_token_id holds the shop token while the
-- transaction is pending, so a token has at most one pending transaction (NULLs do not collide).
CREATE TABLE payment_transaction (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            BIGINT         NOT NULL,
    vendor_id          BIGINT         NOT NULL REFERENCES vendor (id),
    number             VARCHAR(64)    NOT NULL,
    active             BOOLEAN        NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    source             VARCHAR(32)    NOT NULL,
    licensee_id        BIGINT         REFERENCES licensee (id) ON DELETE SET NULL,
    licensee_number    VARCHAR(64)    NOT NULL,
    shop_token_id      BIGINT         REFERENCES shop_token (id) ON DELETE SET NULL,
    open_token_id      BIGINT,
    currency           VARCHAR(3)     NOT NULL,
    subtotal           NUMERIC(19, 4) NOT NULL,
    discount           NUMERIC(19, 4) NOT NULL,
    net                NUMERIC(19, 4) NOT NULL,
    vat_percent        NUMERIC(7, 4)  NOT NULL,
    vat                NUMERIC(19, 4) NOT NULL,
    gross              NUMERIC(19, 4) NOT NULL,
    vat_mode           VARCHAR(8)     NOT NULL,
    tax_treatment      VARCHAR(24)    NOT NULL,
    country            VARCHAR(2)     NOT NULL,
    vat_id             VARCHAR(32),
    buyer_email        VARCHAR(254)   NOT NULL,
    provider           VARCHAR(16)    NOT NULL,
    provider_reference VARCHAR(200),
    success_url        VARCHAR(2000),
    success_title      VARCHAR(200),
    cancel_url         VARCHAR(2000),
    cancel_title       VARCHAR(200),
    failure            VARCHAR(500),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    refunded_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_transaction_number_unique UNIQUE (vendor_id, number),
    CONSTRAINT payment_transaction_open_token_unique UNIQUE (open_token_id),
    CONSTRAINT payment_transaction_reference_unique UNIQUE (provider, provider_reference)
);
CREATE INDEX payment_transaction_vendor_created ON payment_transaction (vendor_id, created_at);
CREATE INDEX payment_transaction_pending ON payment_transaction (status, expires_at);

CREATE TABLE payment_transaction_line (
    payment_transaction_id BIGINT         NOT NULL REFERENCES payment_transaction (id) ON DELETE CASCADE,
    line_index             INTEGER        NOT NULL,
    license_template_id    BIGINT         REFERENCES license_template (id) ON DELETE SET NULL,
    template_number        VARCHAR(64)    NOT NULL,
    name                   VARCHAR(200)   NOT NULL,
    unit_price             NUMERIC(19, 4) NOT NULL,
    quantity               INTEGER        NOT NULL,
    PRIMARY KEY (payment_transaction_id, line_index)
);

-- The licenses a closed transaction created (each exactly once: the primary key).
CREATE TABLE payment_transaction_license (
    payment_transaction_id BIGINT NOT NULL REFERENCES payment_transaction (id) ON DELETE CASCADE,
    license_id             BIGINT NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    PRIMARY KEY (payment_transaction_id, license_id)
);

-- The vendor's ledger: what each sale and refund means for the vendor's money, per currency. A sale books GROSS
-- (+), VAT (-) and FEE (-, the operator's); its refund books each of them again with the opposite sign. The
-- unique key makes a second booking of the same kind for the same transaction impossible.
CREATE SEQUENCE ledger_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE ledger_entry (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    vendor_id              BIGINT         NOT NULL REFERENCES vendor (id),
    payment_transaction_id BIGINT         NOT NULL REFERENCES payment_transaction (id),
    transaction_number     VARCHAR(64)    NOT NULL,
    kind                   VARCHAR(16)    NOT NULL,
    reversal               BOOLEAN        NOT NULL,
    amount                 NUMERIC(19, 4) NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    booked_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_entry_once UNIQUE (payment_transaction_id, kind, reversal)
);
CREATE INDEX ledger_entry_vendor ON ledger_entry (vendor_id, currency, id);
