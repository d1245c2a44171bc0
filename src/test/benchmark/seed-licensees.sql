-- Bulk data for the Broker benchmark, run while the server is stopped (H2's RunScript, or psql on
-- PostgreSQL: the statements are written for both): @LICENSEES@ licensees (BL1 .. BL@LICENSEES@; run.sh
-- puts the number in) and three licenses per licensee, one for each module of its product. Licensee n
-- belongs to BENCH-<n % 3 + 1>; its k-th license is of template BT-<product>-<k>. The catalog itself
-- (products, modules, templates) was created through the API beforehand, so only these plain tables are
-- written here. Ids start far above anything the server has allocated.

INSERT INTO licensee (id, version, vendor_id, number, active, product_id, name, marked_for_transfer)
SELECT 100000000 + r.x, 1, p.vendor_id, 'BL' || r.x, TRUE, p.id, 'Benchmark customer ' || r.x, FALSE
FROM GENERATE_SERIES(1, @LICENSEES@) AS r(x)
JOIN product p ON p.vendor_id = (SELECT vendor_id FROM vendor_user WHERE username = 'demo')
    AND p.number = 'BENCH-' || (MOD(r.x, 3) + 1);

-- TIMEVOLUME licenses started yesterday, so that no validation has to start one (they stay read-only).
INSERT INTO license (id, version, vendor_id, number, active, licensee_id, license_template_id, name, price,
                     currency, hidden, start_date, expires_at, time_volume, time_volume_period, max_sessions,
                     quantity, used_quantity)
SELECT 200000000 + l.x * 3 + k.x, 1, t.vendor_id, 'BLL' || l.x || '-' || k.x, TRUE, 100000000 + l.x, t.id, NULL,
       t.price, t.currency, FALSE,
       CASE WHEN t.license_type = 'TIMEVOLUME' THEN CURRENT_TIMESTAMP - INTERVAL '1' DAY END,
       CASE WHEN t.license_type <> 'TIMEVOLUME' THEN NULL
           WHEN t.time_volume_period = 'DAY' THEN CURRENT_TIMESTAMP - INTERVAL '1' DAY + t.time_volume * INTERVAL '1' DAY
           WHEN t.time_volume_period = 'WEEK'
               THEN CURRENT_TIMESTAMP - INTERVAL '1' DAY + (t.time_volume * 7) * INTERVAL '1' DAY
           WHEN t.time_volume_period = 'MONTH'
               THEN CURRENT_TIMESTAMP - INTERVAL '1' DAY + t.time_volume * INTERVAL '1' MONTH
           ELSE CURRENT_TIMESTAMP - INTERVAL '1' DAY + t.time_volume * INTERVAL '1' YEAR END,
       t.time_volume, t.time_volume_period, t.max_sessions, t.quantity, 0
FROM GENERATE_SERIES(1, @LICENSEES@) AS l(x)
CROSS JOIN GENERATE_SERIES(1, 3) AS k(x)
JOIN license_template t ON t.vendor_id = (SELECT vendor_id FROM vendor_user WHERE username = 'demo')
    AND t.number = 'BT-' || (MOD(l.x, 3) + 1) || '-' || k.x;

-- Rental: each BENCH-3 licensee rents its device (license 1) with its rental (license 2).
INSERT INTO license_property (license_id, prop_name, prop_value)
SELECT 200000000 + r.x * 3 + 2, 'parentfeature', 'BLL' || r.x || '-1'
FROM GENERATE_SERIES(1, @LICENSEES@) AS r(x)
WHERE MOD(r.x, 3) = 2;
