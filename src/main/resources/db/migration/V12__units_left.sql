-- The reports' burn-down (report feature). A usage event now says the units the licensee had left after the answer
-- (PayPerUse's remainingQuantity) or its quota (Quota), -1 when unlimited; a daily fact keeps the fewest of the
-- day, which for pay-per-use is what was left at its end unless more was bought that day. Older events and facts
-- have none.
ALTER TABLE usage_event ADD COLUMN units BIGINT;
ALTER TABLE usage_fact ADD COLUMN units_left BIGINT;
