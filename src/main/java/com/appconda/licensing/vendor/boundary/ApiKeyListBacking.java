package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;

/**
 * console/apikey/list.xhtml: the vendor's API keys by role and last use. A new key's secret is shown once,
 * in the dialog that created it, and then only its hash exists.
 */
@Named
@ViewScoped
public class ApiKeyListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys apiKeys;

    @Inject
    transient Validator validator;

    private List<ApiKeyResponse> keys;
    private String role = "BROKER";
    private String description;
    private String licenseeNumber;
    private ApiKeyResponse created;

    @PostConstruct
    void load() {
        keys = apiKeys.list();
    }

    public void startCreate() {
        role = "BROKER";
        description = null;
        licenseeNumber = null;
        created = null;
    }

    public void create() {
        try {
            ApiKeyRequest request = new ApiKeyRequest(role, description, licenseeNumber);
            Feedback.requireValid(validator, request);
            created = apiKeys.create(request);
            load();
        } catch (LicensingException refused) {
            Feedback.refused(refused, "apiKeyForm");
        }
    }

    public void revoke(ApiKeyResponse key) {
        Feedback.attempt(null, () -> {
            apiKeys.revoke(key.number());
            return "API key " + key.number() + " revoked: the API refuses it from now on.";
        });
        load();
    }

    public List<ApiKeyResponse> getKeys() {
        return keys;
    }

    public ApiKeyResponse getCreated() {
        return created;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLicenseeNumber() {
        return licenseeNumber;
    }

    public void setLicenseeNumber(String licenseeNumber) {
        this.licenseeNumber = licenseeNumber;
    }
}
