-- Data for the benchmark's cost table, run right after seed-licensees.sql (H2 or PostgreSQL). The catalog
-- came through the API: products BENCH-M1, BENCH-M3, BENCH-M10 and BENCH-M30 with that many modules
-- (Subscription, Multi-Feature and Pay-per-Use in turn, one template each), and BENCH-L with one
-- Subscription module. Written here:
--   BCM<m>-1 .. BCM<m>-1000   licensees of BENCH-M<m>, each with one license of every module;
--   BCL<n>-1 .. BCL<n>-1000   licensees of BENCH-L with n = 1, 10 or 100 licenses of its one template
--                             (a subscription renewed n times: time volumes add up).
-- Licensee ids encode the set (190,000,000 + m * 10,000 + i and 191,000,000 + n * 10,000 + i).

INSERT INTO licensee (id, version, vendor_id, number, active, product_id, name, marked_for_transfer)
SELECT 190000000 + s.m * 10000 + r.x, 1, p.vendor_id, 'BCM' || s.m || '-' || r.x, TRUE, p.id, 'Cost customer', FALSE
FROM (VALUES (1), (3), (10), (30)) AS s(m)
CROSS JOIN GENERATE_SERIES(1, 1000) AS r(x)
JOIN product p ON p.vendor_id = (SELECT vendor_id FROM vendor_user WHERE username = 'demo')
    AND p.number = 'BENCH-M' || s.m;

INSERT INTO licensee (id, version, vendor_id, number, active, product_id, name, marked_for_transfer)
SELECT 191000000 + s.n * 10000 + r.x, 1, p.vendor_id, 'BCL' || s.n || '-' || r.x, TRUE, p.id, 'Cost customer', FALSE
FROM (VALUES (1), (10), (100)) AS s(n)
CROSS JOIN GENERATE_SERIES(1, 1000) AS r(x)
JOIN product p ON p.vendor_id = (SELECT vendor_id FROM vendor_user WHERE username = 'demo')
    AND p.number = 'BENCH-L';

-- Every template of these products is a one-year time volume (started yesterday), a feature, or 1,000 units.
INSERT INTO license (id, version, vendor_id, number, active, licensee_id, license_template_id, name, price,
                     currency, hidden, start_date, expires_at, time_volume, time_volume_period, max_sessions,
                     quantity, used_quantity)
SELECT 250000000 + ROW_NUMBER() OVER (ORDER BY c.licensee_id, c.template_id, c.copy), 1, t.vendor_id,
       'BCC' || c.licensee_id || '-' || c.template_id || '-' || c.copy, TRUE, c.licensee_id, t.id, NULL,
       t.price, t.currency, FALSE,
       CASE WHEN t.license_type = 'TIMEVOLUME' THEN CURRENT_TIMESTAMP - INTERVAL '1' DAY END,
       CASE WHEN t.license_type = 'TIMEVOLUME' THEN CURRENT_TIMESTAMP - INTERVAL '1' DAY + INTERVAL '1' YEAR END,
       t.time_volume, t.time_volume_period, t.max_sessions, t.quantity, 0
FROM (SELECT e.id AS licensee_id, t.id AS template_id, 1 AS copy
      FROM licensee e
      JOIN product_module pm ON pm.product_id = e.product_id
      JOIN license_template t ON t.product_module_id = pm.id
      WHERE e.id BETWEEN 190000000 AND 190999999
      UNION ALL
      SELECT e.id, t.id, k.x
      FROM licensee e
      JOIN product_module pm ON pm.product_id = e.product_id
      JOIN license_template t ON t.product_module_id = pm.id
      CROSS JOIN GENERATE_SERIES(1, 100) AS k(x)
      WHERE e.id BETWEEN 191000000 AND 192999999 AND k.x <= (e.id - 191000000) / 10000) AS c
JOIN license_template t ON t.id = c.template_id;

ALTER SEQUENCE entity_seq RESTART WITH 300000050;
