package org.kindred.interfaces.rest.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.report.ReportViews;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.rest.PrivateResponses;

/**
 * The aggregate report for organisers (their organisation) and facilitators (the groups they lead),
 * from the months released so far: counts of 1-7 and the counts that would reveal them are "*", means
 * over fewer than 8 answers too.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    ReportViews reports;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "Attendance rates and evaluation means per group, programme and month, from the released "
            + "months; small numbers and the numbers that would reveal them hidden")
    public Response report(@Parameter(description = "A released month (yyyy-mm) for the lines by group; the newest if "
            + "left out") @QueryParam("month") String month) {
        return PrivateResponses.noStore(Response.ok(reports.report(me.caller(), month)));
    }

    @GET
    @Path("/aggregates.csv")
    @Produces("text/csv")
    @Operation(summary = "The same aggregates as CSV: never a name, never a count of 1-7")
    public Response csv() {
        return PrivateResponses.csv(reports.csv(me.caller()), "kindred-report.csv");
    }
}
