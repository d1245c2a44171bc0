package com.appconda.licensing.it.server;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro booted once per test run instead of once per test class. Payara's managed adapter boots a Micro
 * process for each deployment and stops it at undeploy (Micro cannot deploy into a running instance); booting
 * takes about 16 seconds. This adapter keeps the process running from one test class to the next as long as they
 * deploy the same archive ({@link SharedDeployment}), and stops it with the container at the end of the run. A
 * class that deploys another archive gets a fresh boot, so no test ever runs against the wrong deployment.
 */
public class SharedPayaraMicroContainer extends PayaraMicroDeployableContainer {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicroContainer.class.getName());

    private final SharedDeployment shared = new SharedDeployment();

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return shared.deploy(archive, super::deploy, super::undeploy);
    }

    /** Kept running for the next test class; {@link #stop()} stops it. */
    @Override
    public void undeploy(Archive<?> archive) {
        LOG.fine(() -> archive.getName() + " stays deployed for the next test class");
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            shared.undeploy(super::undeploy);
        } catch (DeploymentException e) {
            throw new LifecycleException("could not stop the shared Payara Micro", e);
        }
        super.stop();
    }
}
