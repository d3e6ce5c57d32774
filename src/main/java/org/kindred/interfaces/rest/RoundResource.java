package org.kindred.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.session.RoundMove;
import org.kindred.application.session.RoundPlan;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.RoundView;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.web.CurrentPerson;

/** Organisers: Schwartz Rounds, their preparation meetings, debriefs and panels. */
@Path("/organiser/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organiser")
public class RoundResource {

    @Inject
    SchedulingService scheduling;

    @Inject
    ScheduleViews views;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "The organisation's Rounds, with panel, preparation, debrief and audience limit")
    public List<RoundView> rounds() {
        return views.rounds(me.caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a Round with 2-4 panellists; its preparation meeting and debrief are booked with it")
    public Response plan(@Valid @NotNull(message = "Send the Round as JSON.") ScheduleBodies.Round round) {
        long id = scheduling.planRound(me.caller(), new RoundPlan(required(round.groupId, "groupId"), round.topic,
                round.start, round.durationMinutes, round.roomId, round.onlineLink,
                required(round.facilitatorId, "facilitatorId"), required(round.clinicalLeadId, "clinicalLeadId"),
                round.panellistIds, round.preparationStart, round.preparationMinutes, round.preparationRoomId,
                round.preparationLink));
        return Response.created(URI.create("rounds/" + id)).entity(new OrganiserScheduleResource.Created(id)).build();
    }

    @PUT
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a Round; when it changes day, 409 offers to move its preparation meeting too")
    public void move(@PathParam("id") long id, @Valid @NotNull(message = "Send the move as JSON.") ScheduleBodies.RoundMove move) {
        scheduling.moveRound(me.caller(), id, new RoundMove(move.start, move.roomId, move.onlineLink, move.movePreparation));
    }

    @POST
    @Path("/{id}/panellists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask another person to join the panel")
    public void ask(@PathParam("id") long id, @Valid @NotNull(message = "Send the person as JSON.") ScheduleBodies.Panellist panellist) {
        scheduling.askPanellist(me.caller(), id, required(panellist.personId, "personId"));
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new RuleException(field, "Choose a person or group here.");
        }
        return value;
    }
}
