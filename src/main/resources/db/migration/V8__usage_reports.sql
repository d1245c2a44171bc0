-- Nightly usage reports (the report feature). Usage events now say what an answer held: seats held or node slots
-- used after it (in_use) against those allowed, and a one-way key of the node secret (never the secret), so that
-- a day's peak and its distinct machines can be counted. Events written before have none.
ALTER TABLE usage_event ADD COLUMN in_use BIGINT;
ALTER TABLE usage_event ADD COLUMN allowed BIGINT;
ALTER TABLE usage_event ADD COLUMN node_key VARCHAR(16);
-- The report job reads a vendor's day licensee by licensee, a few hundred licensees per query: this index serves
-- those reads without scanning the whole day for each batch.
CREATE INDEX usage_event_vendor_licensee_time ON usage_event (vendor_id, licensee_number, occurred_at);

-- One row per day, vendor, product, module and licensee that had usage: what the job made of the day's events.
CREATE TABLE usage_fact (
    fact_day          DATE         NOT NULL,
    vendor_id         BIGINT       NOT NULL,
    product_number    VARCHAR(64)  NOT NULL,
    module_number     VARCHAR(64)  NOT NULL,
    licensee_number   VARCHAR(64)  NOT NULL,
    licensing_model   VARCHAR(64)  NOT NULL,
    validations       BIGINT       NOT NULL,
    valid_answers     BIGINT       NOT NULL,
    invalid_answers   BIGINT       NOT NULL,
    consumed          BIGINT       NOT NULL,
    peak_in_use       BIGINT,
    allowed           BIGINT,
    refused_checkouts BIGINT       NOT NULL,
    sessions          BIGINT       NOT NULL,
    nodes             BIGINT       NOT NULL,
    PRIMARY KEY (fact_day, vendor_id, product_number, module_number, licensee_number)
);
CREATE INDEX usage_fact_vendor_day ON usage_fact (vendor_id, fact_day);

-- Which run of the job owns a day: a run claims its days first, so that a second run for the same day (another
-- node's timer, a second click) sees the claim and stops; a claim older than its lease is taken over, so that a
-- run killed with its node does not hold a day for ever. state: RUNNING or DONE. owner is the job instance (a
-- restart keeps it). items are the licensee-days to aggregate, done those written (the progress bar); purged_at
-- is when the day's raw events were deleted after its facts were written; failure why the last run failed.
CREATE TABLE report_day (
    report_day    DATE          NOT NULL PRIMARY KEY,
    owner         BIGINT        NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    items         BIGINT        NOT NULL,
    done          BIGINT        NOT NULL,
    facts         BIGINT        DEFAULT 0 NOT NULL,
    purged_at     TIMESTAMP WITH TIME ZONE,
    failure       VARCHAR(500)
);
CREATE INDEX report_day_owner ON report_day (owner);
