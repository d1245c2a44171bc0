package com.appconda.licensing.report.boundary;

import com.appconda.licensing.report.control.ReportInputs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A run of the report job for the days from..to (UTC, inclusive): their facts are computed again and replace the
 * old ones.
 */
public record ReportRunRequest(
        @Schema(description = "First day, as 2026-12-01 (UTC)", example = "2026-12-01")
        String from,

        @Schema(description = "Last day, as 2026-12-01 (UTC); today at the latest", example = "2026-12-01")
        String to,

        @Schema(
                description = "Licensee-days aggregated between two checkpoints, 1 to "
                        + ReportInputs.MOST_PER_CHECKPOINT + "; 100 when left out. Smaller: less is done again"
                        + " after a failure, at the price of more commits.",
                example = "100")
        Integer chunkSize) {}
