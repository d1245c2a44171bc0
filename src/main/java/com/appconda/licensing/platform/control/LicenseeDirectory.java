package com.appconda.licensing.platform.control;

/**
 * Whether a vendor has a licensee of a number, for features below the licensee feature that refer to licensees
 * by number (an API key limited to one licensee): the licensee feature implements it, so they ask without
 * depending on it.
 */
public interface LicenseeDirectory {

    boolean exists(long vendorId, String licenseeNumber);
}
