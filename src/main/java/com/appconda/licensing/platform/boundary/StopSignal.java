package com.appconda.licensing.platform.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells the features that the application stops ({@link ApplicationStopping}); it knows none of them. */
@WebListener
public class StopSignal implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StopSignal.class.getName());

    @Inject
    Event<ApplicationStopping> stopping;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        stopping.fire(new ApplicationStopping());
        LOG.info("buffered writes flushed before stopping");
    }
}
