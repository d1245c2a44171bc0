-- The weekly report e-mail (report feature): one row per vendor who set it up. enabled is the vendor's opt-in,
-- recipient where it goes. sent_week is the Monday of the last ISO week whose e-mail went out, so that a week is
-- mailed once however many nodes have the timer. A node about to send claims the week first (claimed_week,
-- claimed_at); a claim older than its lease is taken over, so that a node that dies mid-send does not keep the week
-- from being mailed. last_failure says why the last try failed; it is cleared by the next success.
CREATE TABLE report_mail (
    vendor_id     BIGINT        NOT NULL PRIMARY KEY,
    recipient     VARCHAR(254)  NOT NULL,
    enabled       BOOLEAN       NOT NULL,
    sent_week     DATE,
    sent_at       TIMESTAMP WITH TIME ZONE,
    claimed_week  DATE,
    claimed_at    TIMESTAMP WITH TIME ZONE,
    last_failure  VARCHAR(500),
    CONSTRAINT report_mail_vendor FOREIGN KEY (vendor_id) REFERENCES vendor (id) ON DELETE CASCADE
);
