package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The licensee page's "Validate now": runs the real Broker validation as a dry run for a new client session
 * (nothing is consumed, checked out or started) and shows the signed answer, module by module.
 */
@Named
@ViewScoped
public class ValidateNowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Answer fields shown in their own columns, not among the details. */
    private static final Set<String> SHOWN = Set.of("productModuleNumber", "productModuleName", "licensingModel",
            "valid", "warningLevel", "reasons");

    /** One module's result as the page shows it. */
    public record ModuleResult(String number, String name, String licensingModel, boolean valid, String warningLevel,
            List<String> reasons, List<String> details) {
    }

    @Inject
    ValidationBroker broker;

    private String licenseeSecret;
    private Boolean valid;
    private Instant ttl;
    private String signature;
    private List<ModuleResult> modules = List.of();

    public void validate(String licenseeNumber, String productNumber) {
        try {
            show(broker.preview(licenseeNumber, productNumber, licenseeSecret));
        } catch (LicensingException refused) {
            valid = null;
            Feedback.refused(refused, null);
        }
    }

    private void show(SignedAnswer answer) {
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            body = reader.readObject();
        }
        valid = body.getBoolean("valid", false);
        ttl = body.containsKey("ttl") ? Instant.parse(body.getString("ttl")) : null;
        signature = answer.signature();
        List<ModuleResult> results = new ArrayList<>();
        for (JsonObject module : body.getJsonArray("modules").getValuesAs(JsonObject.class)) {
            results.add(new ModuleResult(module.getString("productModuleNumber"),
                    module.getString("productModuleName", ""), module.getString("licensingModel"),
                    module.getBoolean("valid"), module.getString("warningLevel", ""),
                    module.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                            .map(reason -> reason.getString("message", reason.getString("code", "")))
                            .toList(),
                    details(module)));
        }
        modules = results;
    }

    private static List<String> details(JsonObject module) {
        return module.entrySet().stream().filter(field -> !SHOWN.contains(field.getKey()))
                .map(ValidateNowBacking::detail).collect(Collectors.toList());
    }

    private static String detail(Map.Entry<String, JsonValue> field) {
        JsonValue value = field.getValue();
        return field.getKey() + ": " + (value instanceof JsonString text ? text.getString() : value.toString());
    }

    public Boolean getValid() {
        return valid;
    }

    public Instant getTtl() {
        return ttl;
    }

    public String getSignature() {
        return signature;
    }

    public List<ModuleResult> getModules() {
        return modules;
    }

    public String getLicenseeSecret() {
        return licenseeSecret;
    }

    public void setLicenseeSecret(String licenseeSecret) {
        this.licenseeSecret = licenseeSecret;
    }
}
