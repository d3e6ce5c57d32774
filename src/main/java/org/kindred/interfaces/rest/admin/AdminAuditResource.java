package org.kindred.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.attendance.AuditViews;
import org.kindred.interfaces.CurrentPerson;

/** Admins: the audit log of access to named attendance (who, when, which group), never the attendance. */
@Path("/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminAuditResource {

    @Inject
    AuditViews audit;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "The newest 500 audit entries of the caller's organisation")
    public List<AuditViews.AuditLine> recent() {
        return audit.recent(me.caller());
    }
}
