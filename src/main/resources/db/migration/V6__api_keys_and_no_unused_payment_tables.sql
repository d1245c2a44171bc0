-- API keys are the only tokens the server issues: the table says so. Shop and action tokens (success and cancel
-- URLs, an expiry, a cart) will get a table of their own in the shop feature. All existing rows are API keys.
ALTER TABLE token RENAME TO api_key;
ALTER TABLE api_key RENAME CONSTRAINT token_number_unique TO api_key_number_unique;
ALTER TABLE api_key DROP COLUMN token_type;

-- Payment methods and transactions were mapped by classes that nothing used and are empty: the payment feature
-- brings its own schema (transactions, ledger, provider settings) when it lands.
DROP TABLE payment_transaction_license;
DROP TABLE payment_transaction;
DROP TABLE payment_method_property;
DROP TABLE payment_method;
