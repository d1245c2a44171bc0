package com.appconda.licensing.platform.entity;

import java.util.Map;

/** Someone else changed the entity since the caller read it: the caller must read it again. */
public class StaleVersionException extends LicensingException {

    public StaleVersionException(String kind, String number) {
        super(
                kind + " '" + number + "' was changed by someone else; read it again and retry",
                Map.of("revision", "outdated"));
    }

    @Override
    public String type() {
        return "concurrent-modification";
    }

    @Override
    public String title() {
        return "Concurrent modification";
    }

    @Override
    public Outcome outcome() {
        return Outcome.CONFLICT;
    }
}
