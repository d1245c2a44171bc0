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
 * hashes and login limits apply. API keys do not open the console: it is for people.
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Inject
    ConsoleLoginExchange exchange;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)
                || Authenticator.API_KEY_USER.equals(login.getCaller())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        LoginOutcome outcome =
                authenticator.withPassword(exchange.attempt(login.getCaller(), login.getPasswordAsString()));
        exchange.end(outcome);
        return outcome instanceof LoginOutcome.Accepted accepted
                ? new CredentialValidationResult(accepted.caller().actor(), Set.of(ConsoleSecurity.VENDOR_ROLE))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
