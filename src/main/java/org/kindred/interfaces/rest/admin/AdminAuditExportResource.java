package org.kindred.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.access.Caller;
import org.kindred.application.rights.AuditExportService;
import org.kindred.application.rights.AuditExportService.Range;
import org.kindred.domain.model.rights.AuditRow;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.rest.PrivateResponses;

/**
 * Admins: the audit log of a range of days as CSV, ids only. Streamed a page at a time: the range is
 * checked (and the export audited) before the first byte, then the pages follow until the range ends.
 */
@Path("/admin/audit/export")
@RequestScoped
@Tag(name = "Admin")
public class AdminAuditExportResource {

    @Inject
    AuditExportService export;

    @Inject
    CurrentPerson me;

    @GET
    @Produces({"text/csv", "application/json"})
    @Operation(summary = "The audit log from one day to another (the organisation's zone, both included) as CSV",
            description = "Columns at (ISO 8601, UTC), actor_id, action, group_id, occurrence_id, subject_id, allowed; "
                    + "ids only, never names or addresses. 400 for a missing or wrong date, or an end before the start. "
                    + "Audited as EXPORT_AUDIT.")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = me.caller();
        Range range = export.open(caller, from, to);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write(PrivateResponses.csvLine(AuditExportService.HEADER));
            AuditRow last = null;
            List<AuditRow> page;
            do {
                page = export.page(caller, range, last);
                for (AuditRow row : page) {
                    writer.write(PrivateResponses.csvLine(AuditExportService.fields(row)));
                }
                writer.flush();
                last = page.isEmpty() ? last : page.get(page.size() - 1);
            } while (page.size() == AuditExportService.PAGE);
            writer.flush();
        };
        return PrivateResponses.noStore(Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"kindred-audit-" + range.from() + "-to-" + range.to() + ".csv\""));
    }
}
