package com.appconda.licensing.platform.boundary;

/**
 * Fired (synchronously) when the web module stops, while the datasource still answers: features that buffer
 * writes in memory observe it to write what is left. Payara Micro does not call the singletons'
 * {@code @PreDestroy} on a normal stop (SIGTERM, Ctrl+C; payara/Payara#4573), but it does stop the web module
 * first: without this, the usage events of the last two seconds before a clean stop were lost (measured:
 * 3 validations, stop, 0 events stored).
 */
public record ApplicationStopping() {}
