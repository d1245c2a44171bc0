package com.appconda.licensing.platform.control;

/** Human names of entity classes for messages: {@code LicenseTemplate} becomes "license template". */
public final class EntityNames {

    private EntityNames() {}

    public static String of(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
