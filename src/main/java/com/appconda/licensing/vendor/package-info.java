/**
 * Vendors and how they authenticate: vendor accounts and sign-up, console users and their passwords, API keys
 * (role, optional licensee limit, hashed secret), the API's authentication filter and the console's login, and
 * each vendor's Ed25519 signing keys with the master key that encrypts them.
 *
 * <p>Entities: {@code Vendor}, {@code VendorUser}, {@code ApiKey}, {@code SigningKey}.
 *
 * <p>Rule L1 ({@code LoginGuard}): password guessing is limited per client address, per username for clients
 * without a device cookie of that user, and per device cookie; another's failed passwords never hold back a user's
 * known device, so typing a vendor's username cannot lock the vendor out.
 *
 * <p>May depend on: {@code audit}, {@code platform}. Shop and action tokens are not API keys: they belong to the
 * shop feature when it lands.
 */
package com.appconda.licensing.vendor;
