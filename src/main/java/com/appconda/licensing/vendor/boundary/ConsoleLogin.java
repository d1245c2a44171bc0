package com.appconda.licensing.vendor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Starts a console session through Jakarta Security, for the login page and right after sign-up. */
@ApplicationScoped
public class ConsoleLogin {

    @Inject
    SecurityContext security;

    @Inject
    ConsoleLoginExchange exchange;

    /**
     * Authenticates with the form mechanism. A new session id is issued first, so an id planted in the
     * browser before the login never becomes an authenticated session (session fixation). The login limits and
     * the device cookie see the request through {@link ConsoleLoginExchange}.
     */
    public AuthenticationStatus logIn(String username, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        exchange.begin(request, response);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
    }
}
