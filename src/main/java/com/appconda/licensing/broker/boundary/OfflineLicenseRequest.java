package com.appconda.licensing.broker.boundary;

import com.appconda.licensing.platform.entity.Length;

/** Asks for an offline license file valid for {@code validDays} (1 to 366, default 30). */
public record OfflineLicenseRequest(
        @Length(max = 64) String productNumber,
        Integer validDays,
        @Length(max = 200) String nonce) {}
