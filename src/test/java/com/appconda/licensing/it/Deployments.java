package com.appconda.licensing.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every integration test deploys: the WAR the build just packaged, unchanged, so the
 * tests exercise exactly what ships. Failsafe passes its path as {@code applicensing.war}.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        String path = System.getProperty("applicensing.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("system property applicensing.war must name the packaged WAR; got " + path
                    + " (run the tests with mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }
}
