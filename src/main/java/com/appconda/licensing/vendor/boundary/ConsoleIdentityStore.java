package com.appconda.licensing.vendor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks a console login with the same {@link Authenticator} the API uses, so the same users, password
 * hashes and failed-login throttle apply. API keys do not open the console: it is for people.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)
                || Authenticator.API_KEY_USER.equals(login.getCaller())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return authenticator
                .withPassword(login.getCaller(), login.getPasswordAsString())
                .map(caller -> new CredentialValidationResult(caller.actor(), Set.of(ConsoleSecurity.VENDOR_ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
