package com.appconda.licensing.it.server;

import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The one deployment a container keeps for the whole test run: deploys an archive the first time it is asked
 * for, answers the same deployment for every later request of an archive with the same name and entries, and
 * replaces it (undeploy, then deploy) when another archive is asked for. Counts the deployments it really made,
 * so a run can tell how many server boots it took.
 */
final class SharedDeployment {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    /** The adapter's own deploy and undeploy. */
    interface Deploy {
        ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException;
    }

    interface Undeploy {
        void undeploy(Archive<?> archive) throws DeploymentException;
    }

    private Archive<?> deployed;
    private String fingerprint;
    private ProtocolMetaData metaData;
    private int deployments;

    synchronized ProtocolMetaData deploy(Archive<?> archive, Deploy deploy, Undeploy undeploy)
            throws DeploymentException {
        String asked = fingerprint(archive);
        if (asked.equals(fingerprint)) {
            return metaData;
        }
        undeploy(undeploy);
        metaData = deploy.deploy(archive);
        deployed = archive;
        fingerprint = asked;
        deployments++;
        LOG.info(() -> "deployed " + archive.getName() + " (deployment " + deployments + " of this test run)");
        return metaData;
    }

    synchronized void undeploy(Undeploy undeploy) throws DeploymentException {
        if (deployed != null) {
            Archive<?> leaving = deployed;
            deployed = null;
            fingerprint = null;
            undeploy.undeploy(leaving);
        }
    }

    /** Name and entry paths: two archives built the same way from the same WAR are the same deployment. */
    static String fingerprint(Archive<?> archive) {
        return archive.getName() + "\n"
                + archive.getContent().keySet().stream()
                        .map(Object::toString)
                        .sorted()
                        .collect(Collectors.joining("\n"));
    }
}
