package com.appconda.licensing.platform.control;

import com.appconda.licensing.platform.entity.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The authenticated caller of the current request, set once by the authentication step at the
 * boundary (API filter or console login) and read by the facades that scope every query by it.
 */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> find() {
        return Optional.ofNullable(caller);
    }

    /** The caller; a facade reached without authentication is a programming error, not a user error. */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller in this request");
        }
        return caller;
    }
}
