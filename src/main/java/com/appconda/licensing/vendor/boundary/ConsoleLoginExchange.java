package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.boundary.AddressRateLimit;
import com.appconda.licensing.vendor.control.DeviceCookies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The HTTP side of one console login, between {@link ConsoleLogin} (which has the request and the response) and
 * {@link ConsoleIdentityStore} (which Jakarta Security hands only the credential): the client's address and
 * device cookie go in, the outcome comes back, and a new device cookie is set on the response at once, before the
 * security runtime redirects to the page asked for.
 */
@RequestScoped
public class ConsoleLoginExchange {

    @Inject
    DeviceCookies deviceCookies;

    private HttpServletRequest request;
    private HttpServletResponse response;
    private LoginOutcome outcome;

    void begin(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
    }

    LoginAttempt attempt(String username, String password) {
        return new LoginAttempt(username, password, AddressRateLimit.clientAddress(request), deviceCookie(), true);
    }

    void end(LoginOutcome outcome) {
        this.outcome = outcome;
        if (outcome instanceof LoginOutcome.Accepted accepted && accepted.deviceCookie() != null && response != null) {
            response.addHeader(
                    "Set-Cookie",
                    deviceCookies.setCookie(accepted.deviceCookie(), request.getContextPath(), request.isSecure()));
        }
    }

    /** How the login ended, once the identity store has judged it. */
    Optional<LoginOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    private String deviceCookie() {
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(cookie -> DeviceCookies.NAME.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
