package com.appconda.licensing.broker.entity;

import com.appconda.licensing.engine.spi.ModuleVerdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The Broker's answer as data: who and what it is about, until when it may be trusted, and every module's verdict.
 * Each boundary renders it in its own format (the {@code /api/v1} JSON, the console's page, the NetLicensing
 * wire format) and signs what it renders; nothing parses a rendered answer back.
 *
 * @param nonce the caller's nonce, or a fresh random one; bound into the signed answer
 * @param ttl   the instant until which the answer may be trusted offline
 */
public record ValidationAnswer(
        String vendorNumber,
        String licenseeNumber,
        String productNumber,
        Instant issuedAt,
        Instant ttl,
        String nonce,
        boolean dryRun,
        List<ModuleVerdict> modules) {

    public ValidationAnswer {
        Objects.requireNonNull(vendorNumber, "vendorNumber");
        Objects.requireNonNull(licenseeNumber, "licenseeNumber");
        Objects.requireNonNull(productNumber, "productNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(nonce, "nonce");
        modules = List.copyOf(modules);
    }

    /** True when every module of the product is valid. */
    public boolean valid() {
        return modules.stream().allMatch(ModuleVerdict::valid);
    }
}
