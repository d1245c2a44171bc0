package com.appconda.licensing.audit.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.platform.entity.Fields;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/audit}: who changed what and when, newest first ({@code limit} 1 to 500, default 50). */
@LicensingApi
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The latest changes: who changed what, and when")
    public List<AuditEntryResponse> latest(@QueryParam("limit") String limit) {
        return trail.latest(Fields.intValue("limit", limit, 50));
    }
}
