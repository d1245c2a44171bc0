package com.appconda.licensing.licensee.boundary;

import com.appconda.licensing.licensee.entity.Licensee;
import java.util.List;
import java.util.Map;

/** A licensee as the API shows it. {@code inUse}: it holds licenses. {@code aliases}: as written, sorted. */
public record LicenseeResponse(
        String number,
        String name,
        String productNumber,
        boolean markedForTransfer,
        boolean active,
        boolean inUse,
        Map<String, String> properties,
        List<String> aliases,
        long revision) {

    public static LicenseeResponse from(Licensee licensee, boolean inUse) {
        return new LicenseeResponse(
                licensee.getNumber(),
                licensee.getName(),
                licensee.getProduct().getNumber(),
                licensee.isMarkedForTransfer(),
                licensee.isActive(),
                inUse,
                licensee.getProperties(),
                licensee.getAliases(),
                licensee.getVersion());
    }
}
