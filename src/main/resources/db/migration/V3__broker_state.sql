-- What the Broker keeps between validations: consumed quantities, floating checkouts, node slots,
-- licensee secrets, vendors' signing keys, idempotency records and the usage events for reports.

ALTER TABLE license ADD COLUMN used_quantity BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE licensee ADD COLUMN secret_hash VARCHAR(64);

CREATE SEQUENCE state_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE usage_seq START WITH 500 INCREMENT BY 500;

-- One floating seat held by a session until expires_at; an expired row is a free seat.
CREATE TABLE checkout (
    id         BIGINT       NOT NULL PRIMARY KEY,
    license_id BIGINT       NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    session_id VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT checkout_session_unique UNIQUE (license_id, session_id)
);

-- One node (machine) bound to a node-locked license by its secret or fingerprint.
CREATE TABLE node_slot (
    id         BIGINT       NOT NULL PRIMARY KEY,
    license_id BIGINT       NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    secret     VARCHAR(200) NOT NULL,
    bound_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT node_slot_secret_unique UNIQUE (license_id, secret)
);

CREATE TABLE signing_key (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    vendor_id             BIGINT        NOT NULL REFERENCES vendor (id),
    key_id                VARCHAR(64)   NOT NULL UNIQUE,
    public_key            VARCHAR(200)  NOT NULL,
    encrypted_private_key VARCHAR(400)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX signing_key_vendor ON signing_key (vendor_id);

-- A state-changing request answered once per vendor and key; a retry gets the stored answer.
CREATE TABLE idempotency_record (
    vendor_id       BIGINT        NOT NULL REFERENCES vendor (id),
    idempotency_key VARCHAR(200)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    response_body   VARCHAR(1000000) NOT NULL,
    signature       VARCHAR(400),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (vendor_id, idempotency_key)
);

CREATE TABLE usage_event (
    id               BIGINT       NOT NULL PRIMARY KEY,
    vendor_id        BIGINT       NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    product_number   VARCHAR(64)  NOT NULL,
    module_number    VARCHAR(64)  NOT NULL,
    licensee_number  VARCHAR(64)  NOT NULL,
    licensing_model  VARCHAR(64)  NOT NULL,
    valid            BOOLEAN      NOT NULL,
    quantity         BIGINT       NOT NULL,
    session_id       VARCHAR(200)
);
CREATE INDEX usage_event_vendor_time ON usage_event (vendor_id, occurred_at);
