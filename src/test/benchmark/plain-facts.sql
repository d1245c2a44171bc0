-- The benchmark's yardstick: the same daily facts as the report job computes, in one INSERT ... SELECT ... GROUP BY
-- (reports.sh times it on the same database, right after the job). The rules are UsageAggregator's for events that
-- hold no seat: UTC days, every answer counted, units summed, allowed at its most (-1 when unlimited), sessions and
-- nodes counted once, the fewest units left (-1 when unlimited).
DROP TABLE IF EXISTS usage_fact_plain;
CREATE TABLE usage_fact_plain AS SELECT * FROM usage_fact WHERE 1 = 0;
INSERT INTO usage_fact_plain
SELECT CAST(occurred_at AT TIME ZONE 'UTC' AS DATE), vendor_id, product_number, module_number, licensee_number,
       MAX(licensing_model), COUNT(*),
       SUM(CASE WHEN valid THEN 1 ELSE 0 END), SUM(CASE WHEN valid THEN 0 ELSE 1 END), SUM(quantity),
       MAX(in_use), CASE WHEN MIN(allowed) = -1 THEN -1 ELSE MAX(allowed) END,
       SUM(CASE WHEN session_id IS NOT NULL AND NOT valid AND in_use IS NOT NULL THEN 1 ELSE 0 END),
       COUNT(DISTINCT session_id), COUNT(DISTINCT node_key),
       CASE WHEN MIN(units) = -1 THEN -1 ELSE MIN(units) END
FROM usage_event
WHERE product_number = 'RBENCH'
GROUP BY CAST(occurred_at AT TIME ZONE 'UTC' AS DATE), vendor_id, product_number, module_number, licensee_number;
