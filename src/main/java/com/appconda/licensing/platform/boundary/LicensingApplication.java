package com.appconda.licensing.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The JSON API. Resources carry the version in their paths ({@code v1/...}). It is made of exactly the classes
 * marked {@link LicensingApi}, so its providers (strict JSON, problem documents, authentication) act on no other
 * JAX-RS application of the WAR, and theirs not on it. Its OpenAPI document is
 * {@code /openapi.json} (and {@code META-INF/openapi.yaml} for the server's {@code /openapi}), made from the code
 * by the tests' {@code ApiDocument}.
 */
@ApplicationPath("api")
public class LicensingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return JaxRsClasses.marked(LicensingApi.class);
    }
}
