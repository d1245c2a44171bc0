package com.appconda.licensing.it.server;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.api.Injector;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.shrinkwrap.api.Archive;

/**
 * WildFly with one deployment for the whole test run (the profile {@code wildfly}). WildFly's managed adapter boots
 * the server once per run but deploys and undeploys the archive for every test class, and each deployment of the
 * application starts Hibernate, Flyway and the console anew. This adapter keeps the deployment from one test class
 * to the next as long as they deploy the same archive ({@link SharedDeployment}), and undeploys it when the
 * container stops at the end of the run.
 * <p>
 * WildFly's adapter class is final, so this one wraps it instead of extending it, and creates it by name: the
 * WildFly adapter is on the test classpath only in the profile {@code wildfly}, and the default build compiles and
 * runs without it. The wrapped adapter gets Arquillian's injections (management client, deployer) as if Arquillian
 * had created it.
 */
public class SharedWildFlyContainer implements DeployableContainer<ContainerConfiguration> {

    /** WildFly's managed adapter (org.wildfly.arquillian:wildfly-arquillian-container-managed). */
    static final String ADAPTER = "org.jboss.as.arquillian.container.managed.ManagedDeployableContainer";

    private static final Logger LOG = Logger.getLogger(SharedWildFlyContainer.class.getName());

    @Inject
    private Instance<Injector> injector;

    private final SharedDeployment shared = new SharedDeployment();
    private DeployableContainer<ContainerConfiguration> adapter;
    private int boots;

    @SuppressWarnings("unchecked")
    private synchronized DeployableContainer<ContainerConfiguration> adapter() {
        if (adapter == null) {
            try {
                Class<?> type = Class.forName(ADAPTER, true, SharedWildFlyContainer.class.getClassLoader());
                adapter = injector.get().inject((DeployableContainer<ContainerConfiguration>)
                        type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "WildFly's Arquillian adapter " + ADAPTER
                                + " is not on the test classpath (run with -Pwildfly)",
                        e);
            }
        }
        return adapter;
    }

    @Override
    public Class<ContainerConfiguration> getConfigurationClass() {
        return adapter().getConfigurationClass();
    }

    @Override
    public void setup(ContainerConfiguration configuration) {
        adapter().setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        adapter().start();
        int boot = ++boots;
        LOG.info(() -> "WildFly started (boot " + boot + " of this test run)");
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            shared.undeploy(adapter()::undeploy);
        } catch (DeploymentException e) {
            throw new LifecycleException("could not undeploy the shared deployment from WildFly", e);
        } finally {
            adapter().stop();
        }
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return adapter().getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        return shared.deploy(archive, adapter()::deploy, adapter()::undeploy);
    }

    /** Kept deployed for the next test class; {@link #stop()} undeploys it. */
    @Override
    public void undeploy(Archive<?> archive) {
        LOG.fine(() -> archive.getName() + " stays deployed for the next test class");
    }
}
