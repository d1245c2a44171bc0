package com.example.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * A second JAX-RS application in the WAR, as the NetLicensing API will be: its own path, its own resource and its
 * own exception mapper, listed here, so the runtime scans nothing for it. The tests prove that the JSON API's
 * providers (strict JSON, problem documents, authentication) do not act on it, nor its mapper on the API.
 */
@ApplicationPath("probe")
public class ProbeApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(EchoResource.class, ProbeExceptionMapper.class);
    }
}
