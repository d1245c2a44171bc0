package com.appconda.licensing.it.server;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link SharedPayaraMicroContainer} in the place of Payara's managed Micro adapter. */
public class SharedServerExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(
                DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicroContainer.class);
    }
}
