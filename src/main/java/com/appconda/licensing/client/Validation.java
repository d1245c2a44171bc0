package com.appconda.licensing.client;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The licensing state of a licensee, verified: every module by its number. {@code valid} is true exactly when every
 * module is; business logic that gates one feature asks that feature's module ({@link #isValid(String)}).
 *
 * @param fromOfflineFile true when the server could not be reached and the answer is the stored offline file's
 * @param ttl             until when the answer may be used without asking again (online), or the file's expiry
 */
public record Validation(
        String licenseeNumber,
        String productNumber,
        boolean valid,
        Instant issuedAt,
        Instant ttl,
        boolean fromOfflineFile,
        Map<String, ModuleAnswer> modules) {

    public Validation {
        modules = Map.copyOf(modules);
    }

    public Optional<ModuleAnswer> module(String number) {
        return Optional.ofNullable(modules.get(number));
    }

    /** Whether the module is valid; false for a module the product does not have. */
    public boolean isValid(String moduleNumber) {
        return module(moduleNumber).map(ModuleAnswer::valid).orElse(false);
    }
}
