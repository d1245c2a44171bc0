package com.appconda.licensing.it.server;

import java.util.Optional;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts the shared adapters in the place of the runtime's own: {@link SharedPayaraMicroContainer} for Payara's managed
 * Micro adapter (the default build), {@link SharedWildFlyContainer} for WildFly's managed adapter (the profile
 * {@code wildfly}, whose test classpath holds WildFly's adapter instead of Payara's). Arquillian wants exactly one
 * adapter on the classpath, so each is looked up by name and replaced only where it is present.
 */
public class SharedServerExtension implements LoadableExtension {

    static final String PAYARA_MICRO_ADAPTER =
            "fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer";

    @Override
    public void register(ExtensionBuilder builder) {
        adapter(PAYARA_MICRO_ADAPTER)
                .ifPresent(payara ->
                        builder.override(DeployableContainer.class, payara, SharedPayaraMicroContainer.class));
        adapter(SharedWildFlyContainer.ADAPTER)
                .ifPresent(
                        wildfly -> builder.override(DeployableContainer.class, wildfly, SharedWildFlyContainer.class));
    }

    private static Optional<Class<? extends DeployableContainer>> adapter(String name) {
        try {
            return Optional.of(Class.forName(name, false, SharedServerExtension.class.getClassLoader())
                    .asSubclass(DeployableContainer.class));
        } catch (ClassNotFoundException | LinkageError absent) {
            return Optional.empty();
        }
    }
}
