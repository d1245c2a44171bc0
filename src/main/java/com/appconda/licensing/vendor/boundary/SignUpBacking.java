package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.Feedback;
import com.appconda.licensing.platform.entity.LicensingException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.validation.Validator;

/** signup.xhtml: creates a vendor account and its first user, then signs that user in. */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    VendorRegistry registry;

    @Inject
    ConsoleLogin consoleLogin;

    @Inject
    Validator validator;

    private String vendorName;
    private String email;
    private String username;
    private String password;

    public String signUp() {
        SignUpRequest request = new SignUpRequest(vendorName, email, username, password);
        try {
            Feedback.requireValid(validator, request);
            registry.signUp(request);
        } catch (LicensingException refused) {
            Feedback.refused(refused, "signUpForm");
            return null;
        }
        if (consoleLogin.logIn(username, password) == AuthenticationStatus.SEND_CONTINUE) {
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("welcome", vendorName);
        return LoginBacking.CONSOLE;
    }

    public String getVendorName() {
        return vendorName;
    }

    public void setVendorName(String vendorName) {
        this.vendorName = vendorName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
