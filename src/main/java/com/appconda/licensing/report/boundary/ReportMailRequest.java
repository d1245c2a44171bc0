package com.appconda.licensing.report.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vendor's weekly report e-mail settings. */
public record ReportMailRequest(
        @Schema(description = "Where the e-mail goes: one address", example = "licensing@example.com")
        String recipient,

        @Schema(description = "Whether the e-mail is sent every Monday for the week before", example = "true")
        Boolean enabled) {}
