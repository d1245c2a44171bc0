-- New licensees and licenses per day for the reports (report feature). A licensee or license now says when it was
-- created (written once, by the entity, on every path: API, console, the Broker's automatic licensees); those
-- created before have none and are counted nowhere. The report job turns each day's creations into growth_fact,
-- one row per UTC day, vendor and product, replaced whenever the day is run again.
ALTER TABLE licensee ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE license ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX licensee_created ON licensee (created_at);
CREATE INDEX license_created ON license (created_at);

CREATE TABLE growth_fact (
    fact_day        DATE         NOT NULL,
    vendor_id       BIGINT       NOT NULL,
    product_number  VARCHAR(64)  NOT NULL,
    new_licensees   BIGINT       NOT NULL,
    new_licenses    BIGINT       NOT NULL,
    PRIMARY KEY (fact_day, vendor_id, product_number)
);
CREATE INDEX growth_fact_vendor_day ON growth_fact (vendor_id, fact_day);
