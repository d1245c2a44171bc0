-- API keys and other tokens, the audit trail, payment methods and transactions; products gain
-- licensee secret mode (existing products keep working: DISABLED, the behaviour they had).

ALTER TABLE product ADD COLUMN licensee_secret_mode VARCHAR(16) DEFAULT 'DISABLED' NOT NULL;

CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE token (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    vendor_id       BIGINT       NOT NULL REFERENCES vendor (id),
    number          VARCHAR(64)  NOT NULL,
    active          BOOLEAN      NOT NULL,
    token_type      VARCHAR(16)  NOT NULL,
    secret_hash     VARCHAR(64)  NOT NULL UNIQUE,
    role            VARCHAR(16)  NOT NULL,
    description     VARCHAR(200),
    licensee_number VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT token_number_unique UNIQUE (vendor_id, number)
);

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    vendor_id     BIGINT        NOT NULL REFERENCES vendor (id),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(128)  NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    entity_type   VARCHAR(64)   NOT NULL,
    entity_number VARCHAR(64)   NOT NULL,
    details       VARCHAR(1000)
);
CREATE INDEX audit_entry_vendor ON audit_entry (vendor_id, id);

CREATE TABLE payment_method (
    id        BIGINT      NOT NULL PRIMARY KEY,
    version   BIGINT      NOT NULL,
    vendor_id BIGINT      NOT NULL REFERENCES vendor (id),
    number    VARCHAR(64) NOT NULL,
    active    BOOLEAN     NOT NULL,
    CONSTRAINT payment_method_number_unique UNIQUE (vendor_id, number)
);

CREATE TABLE payment_method_property (
    payment_method_id BIGINT        NOT NULL REFERENCES payment_method (id) ON DELETE CASCADE,
    prop_name         VARCHAR(64)   NOT NULL,
    prop_value        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (payment_method_id, prop_name)
);

CREATE TABLE payment_transaction (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    vendor_id      BIGINT        NOT NULL REFERENCES vendor (id),
    number         VARCHAR(64)   NOT NULL,
    active         BOOLEAN       NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    source         VARCHAR(32)   NOT NULL,
    grand_total    NUMERIC(19, 4) NOT NULL,
    discount       NUMERIC(19, 4) NOT NULL,
    vat            NUMERIC(19, 4) NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    payment_method VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_transaction_number_unique UNIQUE (vendor_id, number)
);

CREATE TABLE payment_transaction_license (
    payment_transaction_id BIGINT NOT NULL REFERENCES payment_transaction (id) ON DELETE CASCADE,
    license_id             BIGINT NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    PRIMARY KEY (payment_transaction_id, license_id)
);
