package com.appconda.licensing.vendor.boundary;

import jakarta.validation.constraints.Size;

/**
 * A new API key: its role (ADMIN, READ_ONLY or BROKER; default BROKER, the least that vendor
 * software needs), a description, and optionally the one licensee a Broker key is limited to.
 */
public record ApiKeyRequest(String role, @Size(max = 200) String description, @Size(max = 64) String licenseeNumber) {
}
