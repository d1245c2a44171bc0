-- Licensee aliases (licensee feature): other identities that validate as the licensee, such as the e-mail address
-- a buyer gave in the shop. Unique per vendor by their key (the alias in lower case), so "Ann@Example.com" and
-- "ann@example.com" are one alias; vendor_id repeats the licensee's so that the database itself keeps them unique.
CREATE TABLE licensee_alias (
    licensee_id BIGINT       NOT NULL REFERENCES licensee (id) ON DELETE CASCADE,
    vendor_id   BIGINT       NOT NULL REFERENCES vendor (id),
    alias       VARCHAR(254) NOT NULL,
    alias_key   VARCHAR(254) NOT NULL,
    CONSTRAINT licensee_alias_unique UNIQUE (vendor_id, alias_key)
);
CREATE INDEX licensee_alias_licensee ON licensee_alias (licensee_id);
