package com.appconda.licensing.platform.entity;

/**
 * Deleting would orphan dependants (a product's modules, a template's licenses...). The caller must
 * ask for the cascade explicitly, as NetLicensing's {@code forceCascade} does.
 */
public class EntityInUseException extends LicensingException {

    private final String inUse;
    private final String kind;

    public EntityInUseException(String kind, String number, String dependants) {
        super(kind + " '" + number + "' is in use by " + dependants
                + "; delete with forceCascade=true to remove them too");
        this.kind = kind;
        this.inUse = kind + " '" + number + "' is in use by " + dependants;
    }

    /** The console offers the cascade for products only ("Delete with everything"); elsewhere it names the way. */
    @Override
    public String consoleMessage() {
        return inUse
                + ("product".equals(kind)
                        ? ". Choose \"Delete with everything\" to remove them too."
                        : ", so it was not deleted. Delete or move those first.");
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
