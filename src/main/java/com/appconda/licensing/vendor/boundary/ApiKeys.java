package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.LicenseeDirectory;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.control.TenantStore;
import com.appconda.licensing.platform.entity.Caller;
import com.appconda.licensing.platform.entity.EntityNumber;
import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.InvalidInputException;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.vendor.control.ApiKeyCache;
import com.appconda.licensing.vendor.control.ApiKeySecret;
import com.appconda.licensing.vendor.control.VendorStore;
import com.appconda.licensing.vendor.entity.ApiKey;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The vendor's API keys: created with a role, shown once, listed with their last use, revoked for
 * good. Only an admin credential manages keys, so a leaked Broker key cannot mint itself a better one.
 */
@Stateless
@RequiresRole(Role.ADMIN)
public class ApiKeys {

    static final String KIND = "api key";

    @Inject
    VendorStore vendors;

    @Inject
    ApiKeyCache apiKeyCache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantStore store;

    @Inject
    LicenseeDirectory licensees;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    public ApiKeyResponse create(ApiKeyRequest request) {
        Role role = Fields.orKeep(Fields.enumValue(Role.class, "role", request.role()), Role.BROKER);
        requireExistingLicensee(request.licenseeNumber());
        String secret = ApiKeySecret.generate();
        Instant now = clock.instant();
        ApiKey key = new ApiKey(caller().vendorId(), EntityNumber.generate('K'), ApiKeySecret.hash(secret), role, now);
        key.setSecretHint(ApiKeySecret.hint(secret));
        key.setDescription(request.description());
        key.setLicenseeNumber(request.licenseeNumber());
        store.persist(key);
        store.flush();
        audit.record(caller(), "CREATE", KIND, key.getNumber(), "role " + role);
        return ApiKeyResponse.from(key, now, secret);
    }

    public List<ApiKeyResponse> list() {
        Instant now = clock.instant();
        return vendors.apiKeys(caller().vendorId()).stream()
                .map(key -> ApiKeyResponse.from(key, now, null))
                .toList();
    }

    public ApiKeyResponse revoke(String number) {
        ApiKey key = store.require(ApiKey.class, caller().vendorId(), number);
        Instant now = clock.instant();
        key.revoke(now);
        audit.record(caller(), "REVOKE", KIND, number, "revoked");
        forgetCachedKeysAfterCommit();
        return ApiKeyResponse.from(key, now, null);
    }

    /**
     * A key limited to a licensee that does not exist would be usable for nothing until a licensee of that number
     * appeared, and then for it, whoever created it: almost always a typo, so it is refused.
     */
    private void requireExistingLicensee(String licenseeNumber) {
        if (licenseeNumber != null && !licensees.exists(caller().vendorId(), licenseeNumber)) {
            throw new InvalidInputException("licenseeNumber", "no licensee '" + licenseeNumber + "' exists");
        }
    }

    private Caller caller() {
        return currentCaller.get();
    }

    /** After the commit: cleared earlier, a concurrent call could cache the key again before it is revoked. */
    private void forgetCachedKeysAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                apiKeyCache.clear();
            }
        });
    }
}
