package com.appconda.licensing.report.boundary;

import com.appconda.licensing.platform.boundary.LicensingApi;
import com.appconda.licensing.report.control.UsageCsv;
import com.appconda.licensing.report.entity.LicenseeModuleUsage;
import com.appconda.licensing.report.entity.ModelShare;
import com.appconda.licensing.report.entity.NodeAnomaly;
import com.appconda.licensing.report.entity.ReportMailSettings;
import com.appconda.licensing.report.entity.ReportRun;
import com.appconda.licensing.report.entity.UsagePeriod;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/reports}: usage over time from the nightly job's daily facts (JSON, or CSV with
 * {@code Accept: text/csv}), the job's runs: start one for a range of days, follow it, stop or restart it; and the weekly report e-mail.
 */
@LicensingApi
@Path("v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    static final String CSV = "text/csv";

    @Inject
    UsageReports reports;

    @Inject
    ReportMail mail;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("usage")
    @Operation(
            operationId = "usageReport",
            summary = "Usage per day, week or month, from the daily facts",
            description = "from and to are days (YYYY-MM-DD, UTC, at most 366 days apart); granularity is day (the"
                    + " default), week (ISO weeks, Monday first) or month. Send Accept: text/csv for CSV, one line"
                    + " per period.")
    public List<UsagePeriod> usage(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("granularity") String granularity,
            @QueryParam("product") String product)
            throws SQLException {
        return reports.usage(from, to, granularity, product);
    }

    @GET
    @Path("usage")
    // Quality below JSON's: a client that accepts anything (curl's */*) gets JSON, as from every other resource.
    @Produces(CSV + ";qs=0.5")
    @Operation(operationId = "usageReportCsv", summary = "The usage report as CSV, one line per period")
    public Response usageCsv(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("granularity") String granularity,
            @QueryParam("product") String product)
            throws SQLException {
        List<UsagePeriod> periods = reports.usage(from, to, granularity, product);
        return Response.ok(UsageCsv.of(periods), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"usage-" + from + "-" + to + ".csv\"")
                .build();
    }

    @GET
    @Path("licensee-modules")
    @Operation(
            operationId = "licenseeModuleReport",
            summary = "Each licensee's use of each module (the validation report), most answers first;"
                    + " floating=true for the floating usage report")
    public List<LicenseeModuleUsage> licenseeModules(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("product") String product,
            @QueryParam("floating") boolean floatingOnly)
            throws SQLException {
        return reports.perLicenseeAndModule(from, to, product, floatingOnly);
    }

    @GET
    @Path("model-mix")
    @Operation(operationId = "modelMixReport", summary = "Answers per licensing model")
    public List<ModelShare> modelMix(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("product") String product)
            throws SQLException {
        return reports.modelMix(from, to, product);
    }

    @GET
    @Path("node-anomalies")
    @Operation(
            operationId = "nodeAnomalyReport",
            summary = "Days on which a licensee named more machines than its node-locked licenses allow")
    public List<NodeAnomaly> nodeAnomalies(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("product") String product)
            throws SQLException {
        return reports.nodeAnomalies(from, to, product);
    }

    @GET
    @Path("runs")
    @Operation(operationId = "listReportRuns", summary = "The latest runs of the report job, newest first")
    public List<ReportRun> runs() throws SQLException {
        return reports.history();
    }

    @GET
    @Path("runs/{id}")
    @Operation(operationId = "getReportRun", summary = "One run of the report job, with its progress")
    public ReportRun run(@PathParam("id") long id) throws SQLException {
        return reports.find(id);
    }

    @POST
    @Path("runs")
    @Operation(operationId = "startReportRun", summary = "Compute the daily facts of a range of days again")
    @APIResponse(
            responseCode = "202",
            description = "Started; follow it at the Location",
            content = @Content(schema = @Schema(implementation = ReportRun.class)))
    public Response start(@NotNull ReportRunRequest request) throws SQLException {
        ReportRun run = reports.start(request);
        return Response.accepted(run)
                .location(uriInfo.getAbsolutePathBuilder()
                        .path(Long.toString(run.executionId()))
                        .build())
                .build();
    }

    @POST
    @Path("runs/{id}/restart")
    @Operation(operationId = "restartReportRun", summary = "Restart a failed or stopped run from its checkpoint")
    @APIResponse(
            responseCode = "202",
            description = "Restarted as a new execution of the same run",
            content = @Content(schema = @Schema(implementation = ReportRun.class)))
    public Response restart(@PathParam("id") long id) throws SQLException {
        return Response.accepted(reports.restart(id)).build();
    }

    @POST
    @Path("runs/{id}/stop")
    @Operation(operationId = "stopReportRun", summary = "Stop a running run; it can be restarted later")
    public ReportRun stop(@PathParam("id") long id) throws SQLException {
        return reports.stop(id);
    }

    @GET
    @Path("mail")
    @Operation(
            operationId = "reportMailSettings",
            summary = "The weekly report e-mail: whether it is on, where it goes, how the last week went")
    public ReportMailSettings mailSettings() throws SQLException {
        return mail.settings();
    }

    @PUT
    @Path("mail")
    @Operation(
            operationId = "saveReportMail",
            summary = "Switch the weekly report e-mail on or off and say where it goes",
            description = "Once on, the e-mail of each ISO week (Monday to Sunday, UTC) is sent on the Monday after"
                    + " it, with the week's figures and its days as CSV; the first is the week after the one that"
                    + " has just ended (send that one with POST /reports/mail/send).")
    public ReportMailSettings saveMail(@NotNull ReportMailRequest request) throws SQLException {
        return mail.save(request);
    }

    @POST
    @Path("mail/send")
    @Operation(
            operationId = "sendReportMail",
            summary = "Send a week's e-mail now, to check the settings or to have a week again",
            description = "The week of the day given as week (the current week's figures so far), or the last"
                    + " ended week without it. 503 service-unavailable when the server has no SMTP server"
                    + " configured, or the SMTP server did not take the e-mail (the detail says what it answered).")
    public ReportMailSent sendMail(@QueryParam("week") String week) throws SQLException {
        return mail.sendNow(week);
    }
}
