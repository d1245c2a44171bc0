-- Usage events for the report benchmark (reports.sh), run while the server is stopped (H2's RunScript, or psql on
-- PostgreSQL: the statements are written for both): @EVENTS@ events of the demo vendor over the @DAYS@ days
-- before @TODAY@ (UTC), spread evenly over @LICENSEES@ licensees (RL1 ..) and three modules of three models:
-- Subscription (consumes nothing), PayPerUse (1 unit each) and NodeLocked (one of 4 machines, of 2 allowed).
-- Events come in time order, as the Broker writes them: the event's number x sets its second (the ids of a day lie
-- together, as they do in a live table), its licensee (x mod licensees) and its module (the digits after those),
-- so that every licensee-day has answers of all three modules. One in 20 answers is invalid. No event holds a seat,
-- so the facts have no peak and the plain SQL needs no rule for seats held across midnight. Ids start far above
-- anything the server allocates.
INSERT INTO usage_event (id, vendor_id, occurred_at, usage_day, product_number, module_number, licensee_number,
                         licensing_model, valid, quantity, session_id, opens_validation, in_use, allowed, node_key)
SELECT 5000000000 + e.x, e.vendor_id, e.occurred_at, CAST(e.occurred_at AT TIME ZONE 'UTC' AS DATE), 'RBENCH',
       CASE e.m WHEN 0 THEN 'RB-SUB' WHEN 1 THEN 'RB-PPU' ELSE 'RB-NODE' END,
       'RL' || (MOD(e.x, @LICENSEES@) + 1),
       CASE e.m WHEN 0 THEN 'Subscription' WHEN 1 THEN 'PayPerUse' ELSE 'NodeLocked' END,
       MOD(e.x / 7, 20) <> 0,
       CASE WHEN e.m = 1 AND MOD(e.x / 7, 20) <> 0 THEN 1 ELSE 0 END,
       NULL,
       TRUE,
       NULL,
       CASE e.m WHEN 2 THEN 2 END,
       CASE e.m WHEN 2 THEN 'node' || MOD(e.x / (3 * @LICENSEES@), 4) END
FROM (SELECT s.x,
             MOD(s.x / @LICENSEES@, 3) AS m,
             (SELECT vendor_id FROM vendor_user WHERE username = 'demo') AS vendor_id,
             TIMESTAMP WITH TIME ZONE '@TODAY@ 00:00:00+00:00' - @DAYS@ * INTERVAL '1' DAY
                 + ((s.x - 1) * @DAYS@ * 86400 / @EVENTS@) * INTERVAL '1' SECOND AS occurred_at
      FROM (SELECT CAST(r.x AS BIGINT) AS x FROM GENERATE_SERIES(1, @EVENTS@) AS r(x)) s) e;
