package com.appconda.licensing.engine.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One module's answer (NetLicensing's {@code ProductModuleValidation}).
 *
 * @param fields     the model's answer fields in the order they are shown, e.g. {@code remainingQuantity}
 * @param lists      per-item answers by list name (per device, feature or SKU), each item an ordered field map
 * @param validUntil the instant after which this answer should not be trusted (feeds the answer's {@code ttl});
 *                   {@code null} when the model has no reason to shorten the default ttl
 */
public record ModuleVerdict(
        String moduleNumber,
        String moduleName,
        String licensingModel,
        boolean valid,
        WarningLevel warningLevel,
        List<Reason> reasons,
        Map<String, Object> fields,
        Map<String, List<Map<String, Object>>> lists,
        Instant validUntil) {

    public ModuleVerdict {
        Objects.requireNonNull(moduleNumber, "moduleNumber");
        Objects.requireNonNull(licensingModel, "licensingModel");
        Objects.requireNonNull(warningLevel, "warningLevel");
        reasons = List.copyOf(reasons);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lists = copyLists(lists);
    }

    /** Starts an answer for the module, invalid and RED until the model says otherwise. */
    public static Builder builder(ModuleSnapshot module) {
        return new Builder(module);
    }

    /** True when a reason with this code was given. */
    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }

    private static Map<String, List<Map<String, Object>>> copyLists(Map<String, List<Map<String, Object>>> lists) {
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        lists.forEach((name, items) -> copy.put(
                name,
                items.stream()
                        .map(item -> Collections.unmodifiableMap(new LinkedHashMap<>(item)))
                        .toList()));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects an answer step by step; evaluators build exactly one verdict per call. */
    public static final class Builder {
        private final ModuleSnapshot module;
        private boolean valid;
        private WarningLevel warningLevel = WarningLevel.RED;
        private final List<Reason> reasons = new ArrayList<>();
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        private Instant validUntil;

        private Builder(ModuleSnapshot module) {
            this.module = Objects.requireNonNull(module, "module");
        }

        public Builder valid(boolean newValid) {
            this.valid = newValid;
            return this;
        }

        public Builder warningLevel(WarningLevel level) {
            this.warningLevel = Objects.requireNonNull(level);
            return this;
        }

        public Builder reason(String code, String message) {
            reasons.add(new Reason(code, message));
            return this;
        }

        public Builder field(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        public Builder item(String listName, Map<String, Object> item) {
            lists.computeIfAbsent(listName, n -> new ArrayList<>()).add(item);
            return this;
        }

        /** Narrows the answer's lifetime; the earliest instant given wins. */
        public Builder validUntil(Instant until) {
            if (until != null && (validUntil == null || until.isBefore(validUntil))) {
                validUntil = until;
            }
            return this;
        }

        public ModuleVerdict build() {
            return new ModuleVerdict(
                    module.moduleNumber(),
                    module.moduleName(),
                    module.licensingModel(),
                    valid,
                    warningLevel,
                    reasons,
                    fields,
                    lists,
                    validUntil);
        }
    }
}
