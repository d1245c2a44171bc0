package com.appconda.licensing.vendor.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The console's Jakarta Security form login: {@code /console/*} needs the {@value #VENDOR_ROLE} role (web.xml);
 * an anonymous visitor gets the login page in place of the page asked for (a forward, so the login page knows
 * that page and returns to it once signed in).
 * {@link ConsoleIdentityStore} checks the password. The API does not use this mechanism: it authenticates
 * each call from its Authorization header ({@link ApiAuthentication}).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = true))
@DeclareRoles(ConsoleSecurity.VENDOR_ROLE)
@ApplicationScoped
public class ConsoleSecurity {

    /** Every vendor user holds it; what a user may see is scoped by its vendor, not by roles. */
    public static final String VENDOR_ROLE = "vendor";
}
