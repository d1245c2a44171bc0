-- The start of each key's secret, so that a vendor can tell which listed key is the one in a configuration file
-- ("alk_jCBTQ…"). Six characters of the 43 random ones: what GitHub and Stripe show, far too few to guess the rest.
-- Keys created before have none; the console lists them by number as before.
ALTER TABLE api_key ADD COLUMN secret_hint VARCHAR(16);
