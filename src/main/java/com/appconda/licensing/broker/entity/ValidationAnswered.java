package com.appconda.licensing.broker.entity;

import com.appconda.licensing.engine.spi.WarningLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The CDI event the Broker fires for every answer it gives, within the answer's transaction. Observers that must
 * not count an answer whose transaction failed (usage recording, the coming webhooks and ledger) act only once it
 * has committed: {@code during = TransactionPhase.AFTER_SUCCESS}, or, on the hot path, a JTA synchronization
 * registered when they are told (as the usage recorder does, which is cheaper). The Broker knows none of its
 * observers.
 *
 * @param dryRun  the answer changed nothing (a dry run of the vendor's software or the console's preview)
 * @param modules per module, what was decided and what was consumed
 */
public record ValidationAnswered(
        long vendorId,
        String licenseeNumber,
        String productNumber,
        Instant answeredAt,
        Origin origin,
        boolean dryRun,
        List<ModuleOutcome> modules) {

    /** Who asked. */
    public enum Origin {
        /** The vendor's software, through the API. */
        API,
        /** The vendor, through the console's "validate now". */
        CONSOLE
    }

    /**
     * One module's part of the answer.
     *
     * @param consumedQuantity units written off by this answer (0 for a dry run, which writes nothing off)
     * @param sessionId        the floating session the request named, if any
     * @param held             seats held (Floating) or node slots used (NodeLocked) after the answer; null for
     *                         the models that hold nothing
     * @param allowed          the seats or node slots the licensee has ({@code -1}: unlimited); null as held
     * @param nodeKey          a one-way key of the node secret the request named (NodeLocked), so that reports
     *                         count distinct machines without ever storing a secret; null without one
     * @param units            the units left after the answer (PayPerUse: remainingQuantity) or the quota
     *                         (Quota), {@code -1} when unlimited, for the reports' burn-down; null for the others
     */
    public record ModuleOutcome(
            String moduleNumber,
            String licensingModel,
            boolean valid,
            WarningLevel warningLevel,
            long consumedQuantity,
            String sessionId,
            Long held,
            Long allowed,
            String nodeKey,
            Long units) {

        /** An outcome of a model that holds nothing. */
        public ModuleOutcome(
                String moduleNumber,
                String licensingModel,
                boolean valid,
                WarningLevel warningLevel,
                long consumedQuantity,
                String sessionId) {
            this(
                    moduleNumber,
                    licensingModel,
                    valid,
                    warningLevel,
                    consumedQuantity,
                    sessionId,
                    null,
                    null,
                    null,
                    null);
        }
    }

    public ValidationAnswered {
        Objects.requireNonNull(licenseeNumber, "licenseeNumber");
        Objects.requireNonNull(productNumber, "productNumber");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(origin, "origin");
        modules = List.copyOf(modules);
    }
}
