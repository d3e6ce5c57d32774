package org.kindred.interfaces.rest.schedule;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.group.GroupSettingsService;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.application.session.ScheduleViews.SeriesView;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.application.session.ScheduleViews;
import org.kindred.interfaces.CurrentPerson;

/** Facilitators: their upcoming sessions across all their groups, and changes to single sessions. */
@Path("/facilitator/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitator")
public class FacilitatorSessionsResource {

    @Inject
    OccurrenceChanges occurrences;

    @Inject
    ScheduleViews views;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "Upcoming sessions of every group the caller leads, and of Rounds they facilitate")
    public List<SessionView> upcoming() {
        return views.upcomingForFacilitator(me.caller());
    }

    @GET
    @Path("/groups/{groupId}")
    public List<SeriesView> group(@PathParam("groupId") long groupId) {
        return views.groupSchedule(me.caller(), groupId, true);
    }

    @POST
    @Path("/groups/{groupId}/extra")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a one-off extra session to a group the caller leads")
    public Response extra(@PathParam("groupId") long groupId,
                          @Valid @NotNull(message = "Send the session as JSON.") ScheduleBodies.Session session) {
        return occurrences.extra(groupId, session);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reschedule one occurrence of a group the caller leads")
    public void reschedule(@PathParam("id") long id,
                           @Valid @NotNull(message = "Send the new time as JSON.") ScheduleBodies.Session session) {
        occurrences.reschedule(id, session);
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel one occurrence, with a reason shown to members only")
    public void cancel(@PathParam("id") long id, @Valid ScheduleBodies.Cancellation cancellation) {
        occurrences.cancel(id, cancellation);
    }

    @Inject
    InvitationViews invitationViews;

    @Inject
    GroupSettingsService groupSettings;

    @GET
    @Path("/{occurrenceId}/headcount")
    @Operation(summary = "Expected headcount of one session: how many accepted, declined or have not answered")
    public InvitationViews.Headcount headcount(@PathParam("occurrenceId") long occurrenceId) {
        return invitationViews.headcount(me.caller(), occurrenceId);
    }

    @GET
    @Path("/groups/{groupId}/invitations")
    @Operation(summary = "How a group's invitation emails stand")
    public InvitationViews.Delivery invitations(@PathParam("groupId") long groupId) {
        return invitationViews.delivery(me.caller(), groupId);
    }

    @PUT
    @Path("/groups/{groupId}/calendar-title")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the neutral calendar title for a group's invitations, or its name")
    public Response calendarTitle(@PathParam("groupId") long groupId,
                                  @Valid @NotNull(message = "Send the title as JSON.") InvitationBodies.CalendarTitle body) {
        groupSettings.titleInvitations(me.caller(), groupId, body.discreet, body.title);
        return Response.noContent().build();
    }
}
