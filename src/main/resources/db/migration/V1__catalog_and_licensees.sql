-- Vendors (tenants), their users, the catalog (products, modules, templates), licensees and licenses.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE vendor_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE vendor_user_seq START WITH 1 INCREMENT BY 1;
-- EclipseLink hands out the block that ends at the value it reads, so the first value is the block size.
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE vendor (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    number           VARCHAR(64)  NOT NULL UNIQUE,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    default_currency VARCHAR(3)   NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE vendor_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    vendor_id     BIGINT       NOT NULL REFERENCES vendor (id),
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL
);

CREATE TABLE product (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    vendor_id            BIGINT        NOT NULL REFERENCES vendor (id),
    number               VARCHAR(64)   NOT NULL,
    active               BOOLEAN       NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    product_version      VARCHAR(64),
    description          VARCHAR(4000),
    licensing_info       VARCHAR(4000),
    licensee_auto_create BOOLEAN       NOT NULL,
    vat_mode             VARCHAR(8)    NOT NULL,
    CONSTRAINT product_number_unique UNIQUE (vendor_id, number)
);

CREATE TABLE product_discount (
    product_id     BIGINT        NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    total_price    NUMERIC(19, 4) NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    amount_fix     NUMERIC(19, 4),
    amount_percent NUMERIC(7, 4)
);

CREATE TABLE product_property (
    product_id BIGINT        NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    prop_name  VARCHAR(64)   NOT NULL,
    prop_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (product_id, prop_name)
);

CREATE TABLE product_module (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    vendor_id       BIGINT       NOT NULL REFERENCES vendor (id),
    number          VARCHAR(64)  NOT NULL,
    active          BOOLEAN      NOT NULL,
    product_id      BIGINT       NOT NULL REFERENCES product (id),
    name            VARCHAR(200) NOT NULL,
    licensing_model VARCHAR(64)  NOT NULL,
    CONSTRAINT product_module_number_unique UNIQUE (vendor_id, number)
);
CREATE INDEX product_module_product ON product_module (product_id);

CREATE TABLE product_module_property (
    product_module_id BIGINT        NOT NULL REFERENCES product_module (id) ON DELETE CASCADE,
    prop_name         VARCHAR(64)   NOT NULL,
    prop_value        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (product_module_id, prop_name)
);

CREATE TABLE license_template (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    vendor_id          BIGINT        NOT NULL REFERENCES vendor (id),
    number             VARCHAR(64)   NOT NULL,
    active             BOOLEAN       NOT NULL,
    product_module_id  BIGINT        NOT NULL REFERENCES product_module (id),
    name               VARCHAR(200)  NOT NULL,
    license_type       VARCHAR(16)   NOT NULL,
    price              NUMERIC(19, 4) NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    automatic          BOOLEAN       NOT NULL,
    hidden             BOOLEAN       NOT NULL,
    hide_licenses      BOOLEAN       NOT NULL,
    time_volume        INTEGER,
    time_volume_period VARCHAR(8),
    max_sessions       INTEGER,
    quantity           BIGINT,
    CONSTRAINT license_template_number_unique UNIQUE (vendor_id, number)
);
CREATE INDEX license_template_module ON license_template (product_module_id);

CREATE TABLE license_template_property (
    license_template_id BIGINT        NOT NULL REFERENCES license_template (id) ON DELETE CASCADE,
    prop_name           VARCHAR(64)   NOT NULL,
    prop_value          VARCHAR(4000) NOT NULL,
    PRIMARY KEY (license_template_id, prop_name)
);

CREATE TABLE licensee (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    vendor_id           BIGINT       NOT NULL REFERENCES vendor (id),
    number              VARCHAR(64)  NOT NULL,
    active              BOOLEAN      NOT NULL,
    product_id          BIGINT       NOT NULL REFERENCES product (id),
    name                VARCHAR(200),
    marked_for_transfer BOOLEAN      NOT NULL,
    CONSTRAINT licensee_number_unique UNIQUE (vendor_id, number)
);
CREATE INDEX licensee_product ON licensee (product_id);

CREATE TABLE licensee_property (
    licensee_id BIGINT        NOT NULL REFERENCES licensee (id) ON DELETE CASCADE,
    prop_name   VARCHAR(64)   NOT NULL,
    prop_value  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (licensee_id, prop_name)
);

CREATE TABLE license (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    vendor_id           BIGINT        NOT NULL REFERENCES vendor (id),
    number              VARCHAR(64)   NOT NULL,
    active              BOOLEAN       NOT NULL,
    licensee_id         BIGINT        NOT NULL REFERENCES licensee (id),
    license_template_id BIGINT        NOT NULL REFERENCES license_template (id),
    name                VARCHAR(200),
    price               NUMERIC(19, 4) NOT NULL,
    currency            VARCHAR(3)    NOT NULL,
    hidden              BOOLEAN       NOT NULL,
    start_date          TIMESTAMP WITH TIME ZONE,
    time_volume         INTEGER,
    time_volume_period  VARCHAR(8),
    max_sessions        INTEGER,
    quantity            BIGINT,
    CONSTRAINT license_number_unique UNIQUE (vendor_id, number)
);
CREATE INDEX license_licensee ON license (licensee_id);
CREATE INDEX license_template_ref ON license (license_template_id);

CREATE TABLE license_property (
    license_id BIGINT        NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    prop_name  VARCHAR(64)   NOT NULL,
    prop_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (license_id, prop_name)
);
