package com.appconda.licensing.broker.control;

import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the request's per-module parameters into the engine's requests. Numbers and booleans are
 * accepted as JSON numbers and booleans as well as strings. A module number the product does not
 * have is refused: a mistyped number must not silently skip a write-off or a checkout.
 */
public final class ModuleParameters {

    /** What the state tables hold: a session id or node secret is stored in a VARCHAR(200). */
    static final int MAX_VALUE = 200;

    static final int MAX_NAME = 64;
    static final int MAX_PARAMETERS = 32;

    private ModuleParameters() {}

    public static Map<String, ModuleRequest> of(
            Map<String, Map<String, Object>> modules, List<ModuleSnapshot> product) {
        if (modules == null) {
            return Map.of();
        }
        Set<String> known = product.stream().map(ModuleSnapshot::moduleNumber).collect(Collectors.toSet());
        Map<String, ModuleRequest> requests = new LinkedHashMap<>();
        modules.forEach((number, parameters) -> {
            if (!known.contains(number)) {
                throw new InvalidInputException("modules." + number, "is not an active module of the product");
            }
            requests.put(number, new ModuleRequest(texts(number, parameters == null ? Map.of() : parameters)));
        });
        return requests;
    }

    private static Map<String, String> texts(String module, Map<String, Object> parameters) {
        if (parameters.size() > MAX_PARAMETERS) {
            throw new InvalidInputException("modules." + module, "at most " + MAX_PARAMETERS + " parameters");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.length() > MAX_NAME) {
                throw new InvalidInputException(
                        "modules." + module, "parameter names are at most " + MAX_NAME + " characters");
            }
            if (value instanceof String text && text.length() > MAX_VALUE) {
                throw new InvalidInputException(
                        "modules." + module + "." + name, "is at most " + MAX_VALUE + " characters");
            }
            if (value instanceof String || value instanceof Boolean) {
                texts.put(name, value.toString());
            } else if (value instanceof BigDecimal number) {
                texts.put(name, number.toPlainString());
            } else if (value instanceof Number number) {
                texts.put(name, new BigDecimal(number.toString()).toPlainString());
            } else if (value != null) {
                throw new InvalidInputException(
                        "modules." + module + "." + name, "must be a string, number or boolean");
            }
        });
        return texts;
    }
}
