package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.audit.control.AuditLog;
import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.control.RequiresRole;
import com.appconda.licensing.platform.entity.Role;
import com.appconda.licensing.platform.entity.UnknownEntityException;
import com.appconda.licensing.vendor.control.SigningKeys;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The vendor's signing keys: published to anyone holding a credential of the vendor (vendor
 * software needs them to verify), rotated by an admin.
 */
@Stateless
@RequiresRole(value = Role.BROKER, forLimitedKeys = true)
public class SigningKeyRegistry {

    @Inject
    SigningKeys signingKeys;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    public SigningKeyResponse current() {
        return SigningKeyResponse.from(
                signingKeys.currentKey(currentCaller.get().vendorId(), clock.instant()));
    }

    public List<SigningKeyResponse> all() {
        return signingKeys.all(currentCaller.get().vendorId(), clock.instant()).stream()
                .map(SigningKeyResponse::from)
                .toList();
    }

    public SigningKeyResponse one(String keyId) {
        return all().stream()
                .filter(key -> key.keyId().equals(keyId))
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException("signing key", keyId));
    }

    @RequiresRole(Role.ADMIN)
    public SigningKeyResponse rotate() {
        SigningKeyResponse fresh =
                SigningKeyResponse.from(signingKeys.rotate(currentCaller.get().vendorId(), clock.instant()));
        audit.record(currentCaller.get(), "ROTATE", "signing key", fresh.keyId(), "new current signing key");
        return fresh;
    }
}
