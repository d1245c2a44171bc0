-- Usage events for the report benchmark (reports.sh), run while the server is stopped (H2's RunScript, or psql on
-- PostgreSQL: the statements are written for both): @EVENTS@ events of the demo vendor over the @DAYS@ days
-- before today (UTC), spread evenly over @LICENSEES@ licensees (RL1 ..) and three modules of three models:
-- Subscription (consumes nothing), PayPerUse (1 unit each) and NodeLocked (one of 4 machines, of 2 allowed).
-- One in 20 answers is invalid. No event holds a seat, so the facts have no peak and the plain SQL below needs no
-- rule for seats held across midnight. Ids start far above anything the server allocates.
INSERT INTO usage_event (id, vendor_id, occurred_at, product_number, module_number, licensee_number,
                         licensing_model, valid, quantity, session_id, opens_validation, in_use, allowed, node_key)
SELECT 5000000000 + r.x,
       (SELECT vendor_id FROM vendor_user WHERE username = 'demo'),
       CAST(CURRENT_DATE AS TIMESTAMP WITH TIME ZONE)
           - (@DAYS@ - MOD(r.x, @DAYS@)) * INTERVAL '1' DAY
           + MOD(r.x * 7919, 86400) * INTERVAL '1' SECOND,
       'RBENCH',
       CASE MOD(r.x, 3) WHEN 0 THEN 'RB-SUB' WHEN 1 THEN 'RB-PPU' ELSE 'RB-NODE' END,
       'RL' || (MOD(r.x / @DAYS@, @LICENSEES@) + 1),
       CASE MOD(r.x, 3) WHEN 0 THEN 'Subscription' WHEN 1 THEN 'PayPerUse' ELSE 'NodeLocked' END,
       MOD(r.x, 20) <> 0,
       CASE WHEN MOD(r.x, 3) = 1 AND MOD(r.x, 20) <> 0 THEN 1 ELSE 0 END,
       NULL,
       TRUE,
       NULL,
       CASE MOD(r.x, 3) WHEN 2 THEN 2 END,
       CASE MOD(r.x, 3) WHEN 2 THEN 'node' || MOD(r.x / 3, 4) END
FROM GENERATE_SERIES(1, @EVENTS@) AS r(x);
