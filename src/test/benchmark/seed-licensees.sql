-- Bulk data for the Broker benchmark, run with H2's RunScript while the server is stopped: 100,000
-- licensees (BL1 .. BL100000) and 300,000 licenses, three per licensee, one for each module of its
-- product. Licensee n belongs to BENCH-<n % 3 + 1>; its k-th license is of template BT-<product>-<k>.
-- The catalog itself (products, modules, templates) was created through the API beforehand, so only
-- these two plain tables are written here. Ids start far above anything the server has allocated.

SET @vendor = (SELECT vendor_id FROM vendor_user WHERE username = 'demo');

INSERT INTO licensee (id, version, vendor_id, number, active, product_id, name, marked_for_transfer)
SELECT 100000000 + r.x, 1, @vendor, 'BL' || r.x, TRUE, p.id, 'Benchmark customer ' || r.x, FALSE
FROM SYSTEM_RANGE(1, 100000) r
JOIN product p ON p.vendor_id = @vendor AND p.number = 'BENCH-' || (MOD(r.x, 3) + 1);

-- TIMEVOLUME licenses started yesterday, so that no validation has to start one (they stay read-only).
INSERT INTO license (id, version, vendor_id, number, active, licensee_id, license_template_id, name, price,
                     currency, hidden, start_date, expires_at, time_volume, time_volume_period, max_sessions,
                     quantity, used_quantity)
SELECT 200000000 + l.x * 3 + k.x, 1, @vendor, 'BLL' || l.x || '-' || k.x, TRUE, 100000000 + l.x, t.id, NULL,
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
FROM SYSTEM_RANGE(1, 100000) l
CROSS JOIN SYSTEM_RANGE(1, 3) k
JOIN license_template t ON t.vendor_id = @vendor AND t.number = 'BT-' || (MOD(l.x, 3) + 1) || '-' || k.x;

-- Rental: each BENCH-3 licensee rents its device (license 1) with its rental (license 2).
INSERT INTO license_property (license_id, prop_name, prop_value)
SELECT 200000000 + r.x * 3 + 2, 'parentfeature', 'BLL' || r.x || '-1'
FROM SYSTEM_RANGE(1, 100000) r
WHERE MOD(r.x, 3) = 2;

ALTER SEQUENCE entity_seq RESTART WITH 300000050;

SELECT (SELECT COUNT(*) FROM licensee WHERE vendor_id = @vendor) AS licensees,
       (SELECT COUNT(*) FROM license WHERE vendor_id = @vendor) AS licenses;
