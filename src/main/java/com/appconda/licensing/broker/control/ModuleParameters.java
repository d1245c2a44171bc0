package com.appconda.licensing.broker.control;

import com.appconda.licensing.engine.control.LicensingModels;
import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.appconda.licensing.engine.spi.ModelParameter;
import com.appconda.licensing.engine.spi.ModuleRequest;
import com.appconda.licensing.engine.spi.ModuleSnapshot;
import com.appconda.licensing.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the request's per-module parameters into the engine's requests, refusing (400, naming
 * {@code modules.<module>.<parameter>}) what no model could use: a module number the product does not have (a
 * mistyped number must not silently skip a write-off or a checkout), parameters that are not an object, and, for
 * a model that declares its request parameters, a parameter it does not read, a value of the wrong type or out of
 * range, or parameters the model says make no request together. A model that declares nothing gets every
 * parameter as text: strings, booleans and numbers of a sane size.
 */
public final class ModuleParameters {

    /** What the state tables hold: a session id or node secret is stored in a VARCHAR(200). */
    static final int MAX_VALUE = 200;

    static final int MAX_NAME = 64;
    static final int MAX_PARAMETERS = 32;
    /** Numbers an undeclared parameter may carry: longer ones (1e999999999 written out) are not parameters. */
    private static final int MAX_NUMBER_DIGITS = 40;

    private ModuleParameters() {}

    public static Map<String, ModuleRequest> of(
            Map<String, ?> modules, List<ModuleSnapshot> product, LicensingModels models) {
        if (modules == null) {
            return Map.of();
        }
        Map<String, ModuleSnapshot> known =
                product.stream().collect(Collectors.toMap(ModuleSnapshot::moduleNumber, Function.identity()));
        Map<String, ModuleRequest> requests = new LinkedHashMap<>();
        modules.forEach((number, parameters) -> {
            ModuleSnapshot module = known.get(number);
            if (module == null) {
                throw new InvalidInputException("modules." + number, "is not an active module of the product");
            }
            if (!(parameters instanceof Map<?, ?> map)) {
                throw new InvalidInputException(
                        "modules." + number,
                        "must be an object of the module's parameters, such as {\"sessionId\": \"s-1\"}");
            }
            Optional<LicensingModelEvaluator> model = models.find(module.licensingModel());
            ModuleRequest request =
                    new ModuleRequest(texts(number, map, model.flatMap(LicensingModelEvaluator::requestParameters)));
            model.map(evaluator -> evaluator.refusedRequest(request))
                    .orElse(Map.of())
                    .forEach((name, why) -> {
                        throw new InvalidInputException("modules." + number + "." + name, why);
                    });
            requests.put(number, request);
        });
        return requests;
    }

    private static Map<String, String> texts(
            String module, Map<?, ?> parameters, Optional<List<ModelParameter>> declared) {
        if (parameters.size() > MAX_PARAMETERS) {
            throw new InvalidInputException("modules." + module, "at most " + MAX_PARAMETERS + " parameters");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            String name = String.valueOf(key);
            String field = "modules." + module + "." + name;
            if (name.length() > MAX_NAME) {
                throw new InvalidInputException(
                        "modules." + module, "parameter names are at most " + MAX_NAME + " characters");
            }
            String text = declared.map(list -> declaredText(field, name, value, list))
                    .orElseGet(() -> undeclaredText(field, value));
            if (text != null) {
                texts.put(name, text);
            }
        });
        return texts;
    }

    /** A parameter of a model that declares its parameters: one it reads, of the type it reads. */
    private static String declaredText(String field, String name, Object value, List<ModelParameter> declared) {
        ModelParameter parameter = declared.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        declared.isEmpty()
                                ? "this module's licensing model reads no request parameters"
                                : "is not a parameter of this module's licensing model; it reads "
                                        + declared.stream()
                                                .map(ModelParameter::name)
                                                .collect(Collectors.joining(", "))));
        String text = switch (parameter.type()) {
            case STRING, JSON -> value instanceof String string ? string : refuse(field, "must be a string");
            case BOOLEAN -> value instanceof Boolean flag ? flag.toString() : refuse(field, "must be true or false");
            case INTEGER, COUNT -> wholeNumber(field, value);
        };
        if (text.length() > MAX_VALUE) {
            refuse(field, "is at most " + MAX_VALUE + " characters");
        }
        parameter.refusalOf(text).ifPresent(why -> refuse(field, why));
        return text;
    }

    /** A whole number, sent as a JSON number or, as NetLicensing clients send everything, as digits in a string. */
    private static String wholeNumber(String field, Object value) {
        if (value instanceof String digits && digits.matches("-?\\d{1,20}")) {
            return digits;
        }
        if (value instanceof Number number) {
            BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
            if (decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    && decimal.stripTrailingZeros().scale() <= 0) {
                return decimal.toBigInteger().toString();
            }
        }
        return refuse(field, "must be a whole number");
    }

    /** A parameter of a model that declares nothing: any string, boolean or number of a sane size, as text. */
    private static String undeclaredText(String field, Object value) {
        if (value instanceof String text) {
            return text.length() > MAX_VALUE ? refuse(field, "is at most " + MAX_VALUE + " characters") : text;
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof BigDecimal number) {
            if (Math.abs((long) number.precision() - number.scale()) > MAX_NUMBER_DIGITS
                    || number.scale() > MAX_NUMBER_DIGITS) {
                return refuse(field, "is a number out of range");
            }
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        return value == null ? null : refuse(field, "must be a string, number or boolean");
    }

    private static String refuse(String field, String why) {
        throw new InvalidInputException(field, why);
    }
}
