package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.RateLimitFields;
import com.appconda.licensing.platform.entity.RateLimitProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;

/** login.xhtml: the console's login form. */
@Named
@RequestScoped
public class LoginBacking {

    static final String CONSOLE = "/console/index?faces-redirect=true";

    @Inject
    ConsoleLogin consoleLogin;

    @Inject
    ConsoleLoginExchange exchange;

    private String username;
    private String password;
    private boolean loggedOut;
    private String next;

    /** The console page the login was forwarded from, kept in the form so the login can return to it. */
    @PostConstruct
    void rememberPageAskedFor() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (uri != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            next = uri + (query == null ? "" : "?" + query);
        }
    }

    public void greet() {
        if (loggedOut) {
            message(FacesMessage.SEVERITY_INFO, "You have logged out.");
        }
    }

    public String login() {
        AuthenticationStatus status = consoleLogin.logIn(username, password);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            // The mechanism has already redirected to the console page that asked for the login.
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            return returnToPageAskedFor() ? null : CONSOLE;
        }
        // A refused login leaves the security runtime's "login in progress" mark in the session, after which
        // Soteria answers protected pages with an empty 200 instead of the login page: start a clean session.
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        if (exchange.outcome().orElse(null) instanceof LoginOutcome.Throttled throttled) {
            tooManyAttempts(throttled.probe());
        } else {
            message(FacesMessage.SEVERITY_ERROR, "The username or the password is wrong.");
        }
        return null;
    }

    /** The login page again, as a 429 with the same fields the API sends, so that scripts can tell too. */
    private static void tooManyAttempts(RateLimitProbe probe) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseStatus(429);
        external.setResponseHeader("Retry-After", Long.toString(probe.retryAfterSeconds()));
        external.setResponseHeader(RateLimitFields.POLICY, probe.limit().policyItem());
        external.setResponseHeader(RateLimitFields.LIMIT, probe.limitItem());
        long minutes = Math.max(1, (probe.retryAfterSeconds() + 59) / 60);
        message(
                FacesMessage.SEVERITY_ERROR,
                "Too many login attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    /** Only a console page of this application: a login must never redirect to another site. */
    private boolean returnToPageAskedFor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String console = external.getRequestContextPath() + "/console/";
        if (next == null
                || !next.startsWith(console)
                || next.contains("//")
                || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        try {
            external.redirect(next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
