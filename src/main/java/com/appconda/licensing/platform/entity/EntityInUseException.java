package com.appconda.licensing.platform.entity;

/**
 * Deleting would orphan dependants (a product's modules, a template's licenses...). The caller must
 * ask for the cascade explicitly, as NetLicensing's {@code forceCascade} does.
 */
public class EntityInUseException extends LicensingException {

    public EntityInUseException(String kind, String number, String dependants) {
        super(kind + " '" + number + "' is in use by " + dependants
                + "; delete with forceCascade=true to remove them too");
    }

    @Override
    public String type() {
        return "in-use";
    }

    @Override
    public String title() {
        return "The entity is in use";
    }

    @Override
    public Outcome outcome() {
        return Outcome.CONFLICT;
    }
}
