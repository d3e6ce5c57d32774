package org.kindred.interfaces.rest.wellbeing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.wellbeing.WellbeingService;
import org.kindred.application.wellbeing.WellbeingService.Results;
import org.kindred.interfaces.CurrentPerson;

/** Organisers: a group's wellbeing measure as numbers only, with the same suppression facilitators see. */
@Path("/organiser/wellbeing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organiser")
public class OrganiserWellbeingResource {

    @Inject
    WellbeingService wellbeing;

    @Inject
    CurrentPerson me;

    @GET
    @Path("/{groupId}")
    @Operation(summary = "A group's wellbeing measure before and after: answers (1-7 as *) and means over 8 or more answers")
    public Results results(@PathParam("groupId") long groupId) {
        return wellbeing.results(me.caller(), groupId);
    }
}
