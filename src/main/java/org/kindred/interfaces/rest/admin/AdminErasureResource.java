package org.kindred.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.rights.ErasureService;
import org.kindred.interfaces.CurrentPerson;

/** Admins: erase a deactivated person of the organisation, for good (UK GDPR Art. 17; ADR 0020). */
@Path("/admin/people/{id}/erase")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminErasureResource {

    @Inject
    ErasureService erasure;

    @Inject
    CurrentPerson me;

    @POST
    @Operation(summary = "Erase a deactivated person: every named row goes; it cannot be undone",
            description = "409 for an active person (deactivate first), for oneself, and for a person who still "
                    + "leads a group or facilitates a Round; 404 for a person not in the organisation or already erased.")
    public Response erase(@PathParam("id") long id) {
        erasure.erase(me.caller(), id);
        return Response.noContent().build();
    }
}
