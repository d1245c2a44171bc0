package com.appconda.licensing.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The JSON API. Resources carry the version in their paths ({@code v1/...}). It is made of exactly the classes
 * marked {@link LicensingApi}, so its providers (strict JSON, problem documents, authentication) act on no other
 * JAX-RS application of the WAR, and theirs not on it.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "AppLicensing API",
                        version = "1",
                        description = "Management API and Broker of AppLicensing. Authenticate with a vendor user "
                                + "(HTTP Basic) or an API key (Bearer, or HTTP Basic with user 'apiKey')."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
})
public class LicensingApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return JaxRsClasses.marked(LicensingApi.class);
    }
}
