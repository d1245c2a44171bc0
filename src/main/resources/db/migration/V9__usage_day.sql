-- The report job reads a vendor's day a few hundred licensees at a time. With the day only a range of occurred_at,
-- those licensees over one day were no single range of any index: the read of 200 licensees walked the index
-- entries of all their days, every day kept, and a 30-day table cost each batch 30 times its rows. usage_day, the
-- UTC date of occurred_at (written with the event, UsageEvent.dayOf), makes vendor, day and a range of licensees
-- one contiguous range of the new index, and the day's licensees one ordered walk of it.
ALTER TABLE usage_event ADD COLUMN usage_day DATE;
UPDATE usage_event SET usage_day = CAST(occurred_at AT TIME ZONE 'UTC' AS DATE);
ALTER TABLE usage_event ALTER COLUMN usage_day SET NOT NULL;
DROP INDEX usage_event_vendor_licensee_time;
CREATE INDEX usage_event_vendor_day_licensee ON usage_event (vendor_id, usage_day, licensee_number);
