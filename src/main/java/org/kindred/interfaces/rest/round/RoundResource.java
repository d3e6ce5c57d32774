package org.kindred.interfaces.rest.round;

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
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.rest.schedule.OrganiserScheduleResource;
import org.kindred.interfaces.rest.schedule.ScheduleBodies;

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
    @Operation(summary = "The organisation's Rounds, with panel, preparation, debrief and audience limit",
            description = "The facilitator is named; the clinical lead and the panellists are shown by the "
                    + "address the organiser typed, with each panellist's answer, never by name or person id.")
    public List<RoundView> rounds() {
        return views.rounds(me.caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a Round with 2-4 panellists; its preparation meeting and debrief are booked with it",
            description = "facilitatorId is one of the organisation's facilitators. clinicalLeadEmail and "
                    + "panellistEmails are work email addresses, matched exactly. Each address is asked whether "
                    + "or not it has a Kindred account (one is made, with no password, when it has none), and "
                    + "the answer is the same either way: the clinical lead gets the calendar invitations, "
                    + "each panellist an email asking them to answer in Kindred. A malformed address is refused "
                    + "with field clinicalLeadEmail or panellistEmails[i] (its place in the list).")
    public Response plan(@Valid @NotNull(message = "Send the Round as JSON.") ScheduleBodies.Round round) {
        long id = scheduling.planRound(me.caller(), new RoundPlan(required(round.groupId, "groupId"), round.topic,
                round.start, round.durationMinutes, round.roomId, round.onlineLink,
                required(round.facilitatorId, "facilitatorId"), round.clinicalLeadEmail, round.panellistEmails,
                round.preparationStart, round.preparationMinutes, round.preparationRoomId, round.preparationLink));
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
    @Operation(summary = "Ask another person to join the panel, by work email address",
            description = "The address is matched exactly. The answer (204) is the same whether or not it has a "
                    + "Kindred account; the person at the address is emailed and answers in Kindred.")
    public void ask(@PathParam("id") long id, @Valid @NotNull(message = "Send the address as JSON.") ScheduleBodies.Panellist panellist) {
        scheduling.askPanellist(me.caller(), id, panellist.email);
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new RuleException(field, "Choose a facilitator or group here.");
        }
        return value;
    }
}
