package com.appconda.licensing.platform.boundary;

import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource or provider of the JSON API at {@code /api} ({@link LicensingApplication}). That application
 * lists exactly the classes so marked, so its strict JSON readers, problem mappers and authentication act on it
 * alone: another JAX-RS application of the WAR (the coming NetLicensing API, with form bodies and XML errors)
 * chooses its own. A stereotype, so that a marked class is a bean that {@link JaxRsClasses} sees under
 * {@code annotated} bean discovery.
 */
@Stereotype
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LicensingApi {}
