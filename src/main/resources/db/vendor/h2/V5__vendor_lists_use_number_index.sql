-- H2 only (db/vendor/h2, read next to db/migration on H2; PostgreSQL has no V5). V1 declared the vendor reference of
-- each tenant table inline, and H2 backs such a reference with an index of its own on (vendor_id). For "one
-- page of a vendor's licensees in number order" H2 prefers that index, reads all of the vendor's rows and
-- sorts them: 400 ms for 100,000 licensees. H2 cannot be told to back the reference with the unique
-- (vendor_id, number) index instead, so on H2 the two large tables drop the reference; their unique index
-- then serves both the vendor filter and the order, and a page reads 20 index entries. The application
-- writes vendor_id only from the authenticated caller and never deletes a vendor, so nothing relied on the
-- reference; PostgreSQL, the production database, keeps it.
-- The names are the ones H2 2.2 generated for V1's inline references; IF EXISTS keeps this safe anyway.

ALTER TABLE licensee DROP CONSTRAINT IF EXISTS CONSTRAINT_62C;
ALTER TABLE license DROP CONSTRAINT IF EXISTS CONSTRAINT_34;
