package org.kindred.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.people.ImportFile;
import org.kindred.application.people.ImportService;
import org.kindred.interfaces.CurrentPerson;

/**
 * Admins: importing people from a CSV file (a text/csv body, UTF-8, at most 5 MB): a preview that
 * writes nothing, the import itself, run in the background, and how it stands. The preview names no
 * one: counts, and the bad rows by line number and reason.
 */
@Path("/admin/people/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminImportResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentPerson me;

    public record Preview(int created, int unchanged, int changed, int deactivated, List<ImportFile.BadRow> bad) {
    }

    @POST
    @Path("/preview")
    @Consumes("text/csv")
    @Operation(summary = "What the file would do, and every bad row by line; nothing is written")
    public Preview preview(byte[] content) {
        ImportFile.Preview p = imports.preview(me.caller(), content);
        return new Preview(p.created(), p.unchanged(), p.changed(), p.deactivated(), p.bad());
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import the file: refused with 409 while it has bad rows; the rows are applied in the background")
    public ImportService.Confirmation confirm(byte[] content) {
        return imports.confirm(me.caller(), content);
    }

    @GET
    @Operation(summary = "The organisation's latest imports, newest first")
    public List<ImportService.ImportState> recent() {
        return imports.recent(me.caller());
    }

    @GET
    @Path("/{importId}")
    @Operation(summary = "How an import stands: RUNNING, UNFINISHED (interrupted) or FINISHED, with its counts")
    public ImportService.ImportState state(@PathParam("importId") long importId) {
        return imports.state(me.caller(), importId);
    }

    @POST
    @Path("/{importId}/resume")
    @Operation(summary = "Resume an interrupted import from its first row not done")
    public ImportService.ImportState resume(@PathParam("importId") long importId) {
        return imports.resume(me.caller(), importId);
    }
}
