package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.control.CurrentCaller;
import com.appconda.licensing.platform.entity.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Sets the {@link CurrentCaller} of every console request from the signed-in user, so that the facades a
 * backing bean calls scope their queries by the user's vendor exactly as for an API call. A session whose
 * user no longer exists is ended and sent to the login page.
 */
@WebFilter("/console/*")
public class ConsoleCallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        Optional<Caller> caller = user == null ? Optional.empty() : authenticator.forConsoleUser(user.getName());
        if (caller.isEmpty()) {
            request.logout();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        currentCaller.set(caller.get());
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
