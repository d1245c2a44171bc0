package com.appconda.licensing.vendor.boundary;

import com.appconda.licensing.platform.entity.Length;

/**
 * A new API key: its role (ADMIN, READ_ONLY or BROKER; default BROKER, the least that vendor
 * software needs), a description, and optionally the one licensee a Broker key is limited to.
 */
public record ApiKeyRequest(
        String role,
        @Length(max = 200) String description,
        @Length(max = 64) String licenseeNumber) {}
