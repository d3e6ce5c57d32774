package org.kindred.interfaces.rest.wellbeing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.wellbeing.WellbeingService;
import org.kindred.application.wellbeing.WellbeingService.Results;
import org.kindred.domain.model.wellbeing.Phase;
import org.kindred.interfaces.CurrentPerson;

/** Facilitators: the wellbeing measure of a group they lead. Another group's id answers 404. */
@Path("/facilitator/wellbeing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitator")
public class FacilitatorWellbeingResource {

    @Inject
    WellbeingService wellbeing;

    @Inject
    CurrentPerson me;

    @GET
    @Path("/{groupId}")
    @Operation(summary = "Before and after: answers (1-7 as *) and subscale means, shown once closed and over 8 or more answers")
    public Results results(@PathParam("groupId") long groupId) {
        return wellbeing.results(me.caller(), groupId);
    }

    @POST
    @Path("/{groupId}/{phase}/opening")
    @Operation(summary = "Open the before or after questionnaire to the group's members (ProQOL 5 unless "
            + "?instrument= names another); each phase opens once")
    public Results open(@PathParam("groupId") long groupId, @PathParam("phase") String phase,
                        @QueryParam("instrument") String instrument) {
        return wellbeing.open(me.caller(), groupId, Phase.parse(phase), instrument);
    }

    @POST
    @Path("/{groupId}/{phase}/closing")
    @Operation(summary = "Close the before or after questionnaire for good; its means can then be shown")
    public Results close(@PathParam("groupId") long groupId, @PathParam("phase") String phase) {
        return wellbeing.close(me.caller(), groupId, Phase.parse(phase));
    }
}
