package com.appconda.licensing.engine.spi;

import java.util.Objects;

/**
 * Why a module answered as it did: a stable machine-readable {@code code} (camelCase, like NetLicensing's
 * info ids, e.g. {@code usedQuantityExceedsRemaining}) and a human-readable message.
 */
public record Reason(String code, String message) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
