package com.appconda.licensing.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One module's answer, typed: whether it is valid, its warning level, the reasons (codes from README's reason table)
 * and the model's own fields ({@code expires}, {@code seatsFree}, {@code remainingQuantity}, ...), readable by name.
 *
 * @param validUntil for an answer from an offline file, the module's own end (or the file's); empty online
 */
public record ModuleAnswer(
        String number,
        String name,
        String licensingModel,
        boolean valid,
        String warningLevel,
        List<Reason> reasons,
        Map<String, Object> fields,
        Optional<Instant> validUntil) {

    /** A reason code and its message; the codes are a closed set (README, "Reason codes"). */
    public record Reason(String code, String message) {}

    public ModuleAnswer {
        reasons = List.copyOf(reasons);
        fields = Map.copyOf(fields);
    }

    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(reason -> reason.code().equals(code));
    }

    /** A whole-number field such as {@code seatsFree} or {@code remainingQuantity}. */
    public OptionalLong number(String field) {
        return fields.get(field) instanceof BigDecimal number
                ? OptionalLong.of(number.longValueExact())
                : OptionalLong.empty();
    }

    /** An instant field such as {@code expires}, {@code evaluationExpires} or {@code expirationTimestamp}. */
    public Optional<Instant> instant(String field) {
        return fields.get(field) instanceof String text ? Optional.of(Instant.parse(text)) : Optional.empty();
    }

    public Optional<Boolean> flag(String field) {
        return fields.get(field) instanceof Boolean flag ? Optional.of(flag) : Optional.empty();
    }

    /** A per-item list (per device, feature or SKU), each item a map of its fields. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String list) {
        return fields.get(list) instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }
}
