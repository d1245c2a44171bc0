package com.appconda.licensing.it;

import com.appconda.licensing.engine.spi.LicensingModelEvaluator;
import com.example.probe.ProbeApplication;
import com.example.seatcount.SampleSeatCountEvaluator;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every integration test class deploys, so that the whole run shares one server boot: the WAR the
 * build just packaged, unchanged, plus one library jar of test extras, added the way an enterprise adds its own
 * code to the WAR: a custom licensing model ({@link SampleSeatCountEvaluator}, registered as a service) and a
 * second JAX-RS application ({@link ProbeApplication}) that proves the API's providers act on the API alone.
 * Failsafe passes the WAR's path as {@code applicensing.war}. With {@code applicensing.war.unchanged=true} (the
 * WildFly run, which deploys exactly what ships) the extras are left out and the tests that need them skip.
 */
public final class Deployments {

    private static WebArchive application;

    private Deployments() {}

    public static synchronized WebArchive application() {
        if (application == null) {
            WebArchive war = shippedWar();
            application = hasTestExtras() ? war.addAsLibrary(testExtras()) : war;
        }
        return application;
    }

    /** Whether the deployment holds the custom model and the probe application. */
    public static boolean hasTestExtras() {
        return !Boolean.getBoolean("applicensing.war.unchanged");
    }

    private static WebArchive shippedWar() {
        String path = System.getProperty("applicensing.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("system property applicensing.war must name the packaged WAR; got " + path
                    + " (run the tests with mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }

    private static JavaArchive testExtras() {
        return ShrinkWrap.create(JavaArchive.class, "applicensing-test-extras.jar")
                .addPackage(SampleSeatCountEvaluator.class.getPackage())
                .addAsServiceProvider(LicensingModelEvaluator.class, SampleSeatCountEvaluator.class)
                .addPackage(ProbeApplication.class.getPackage());
    }
}
