package com.appconda.licensing.platform.boundary;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects, while the application deploys, the resources and providers each JAX-RS application of the WAR is
 * made of: the classes carrying that application's marker ({@link LicensingApi} for {@code /api}). An
 * application's {@code getClasses()} answers them, which turns off the runtime's scanning for it, so its
 * providers never act on another application.
 *
 * <p>The classes are kept in a static map, not in the extension instance: the runtime asks an application for
 * its classes also where no CDI container is at hand (Payara's OpenAPI document builder does). The map belongs
 * to the WAR's class loader, so a redeployment starts afresh.
 */
public class JaxRsClasses implements Extension {

    private static final Map<Class<? extends Annotation>, Set<Class<?>>> BY_MARKER = new ConcurrentHashMap<>();

    <T> void collect(@Observes @WithAnnotations(LicensingApi.class) ProcessAnnotatedType<T> type) {
        Class<T> javaClass = type.getAnnotatedType().getJavaClass();
        if (javaClass.isAnnotationPresent(LicensingApi.class)) {
            BY_MARKER
                    .computeIfAbsent(LicensingApi.class, marker -> ConcurrentHashMap.newKeySet())
                    .add(javaClass);
        }
    }

    /** The classes marked with {@code marker}, once the deployment has been scanned. */
    public static Set<Class<?>> marked(Class<? extends Annotation> marker) {
        Set<Class<?>> marked = BY_MARKER.get(marker);
        if (marked == null) {
            throw new IllegalStateException("no class marked " + marker.getSimpleName() + " was found while deploying;"
                    + " is " + JaxRsClasses.class.getName() + " registered as a CDI extension?");
        }
        return Collections.unmodifiableSet(marked);
    }
}
