package org.kindred.interfaces.rest.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.invitation.FeedService;
import org.kindred.application.invitation.InvitationViews;
import org.kindred.application.session.RoomService;
import org.kindred.application.session.ScheduleResult;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.application.session.ScheduleViews.SeriesView;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.SchedulingService;
import org.kindred.interfaces.CurrentPerson;

/** Organisers: rooms, series, occurrences and the calendar of their organisation. */
@Path("/organiser/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organiser")
public class OrganiserScheduleResource {

    private static final String JSON_PLEASE = "Send the request as JSON.";

    @Inject
    SchedulingService scheduling;

    @Inject
    OccurrenceChanges occurrences;

    @Inject
    RoomService roomService;

    @Inject
    ScheduleViews views;

    @Inject
    CurrentPerson me;

    @GET
    @Path("/rooms")
    @Operation(summary = "The organisation's rooms with their capacity, accessibility, equipment and buffers")
    public List<RoomView> rooms() {
        return views.rooms(me.caller());
    }

    @POST
    @Path("/sites")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSite(@Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Site site) {
        long id = roomService.addSite(me.caller(), site.name);
        return Response.created(URI.create("sites/" + id)).entity(new Created(id)).build();
    }

    @POST
    @Path("/rooms")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRoom(@Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Room room) {
        if (room.siteId == null) {
            throw new org.kindred.domain.model.RuleException("siteId", "Choose the site the room is at.");
        }
        long id = roomService.addRoom(me.caller(), room.siteId, details(room));
        return Response.created(URI.create("rooms/" + id)).entity(new Created(id)).build();
    }

    @PUT
    @Path("/rooms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void updateRoom(@PathParam("id") long id, @Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Room room) {
        roomService.updateRoom(me.caller(), id, details(room));
    }

    private static RoomService.RoomDetails details(ScheduleBodies.Room room) {
        return new RoomService.RoomDetails(room.name, room.capacity, room.accessibilityNotes, room.equipment,
                room.setupMinutes, room.cleardownMinutes);
    }

    @GET
    @Path("/groups/{groupId}/series")
    @Operation(summary = "A group's series with every occurrence")
    public List<SeriesView> series(@PathParam("groupId") long groupId) {
        return views.groupSchedule(me.caller(), groupId, false);
    }

    @POST
    @Path("/groups/{groupId}/series")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a series; 409 lists every clashing date until onClash says what to do with them")
    public Response schedule(@PathParam("groupId") long groupId,
                             @Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Series series) {
        if (!series.plan().repeats()) {
            throw new org.kindred.domain.model.session.ScheduleException("pattern",
                    "Choose how the sessions repeat, or add a one-off session instead.");
        }
        return OccurrenceChanges.created(scheduling.schedule(me.caller(), groupId, series.plan(), series.choice()));
    }

    @POST
    @Path("/groups/{groupId}/extra")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a one-off extra session")
    public Response extra(@PathParam("groupId") long groupId,
                          @Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Session session) {
        return occurrences.extra(groupId, session);
    }

    @PUT
    @Path("/occurrences/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reschedule one occurrence: time, room or video link")
    public void reschedule(@PathParam("id") long id, @Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Session session) {
        occurrences.reschedule(id, session);
    }

    @POST
    @Path("/occurrences/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel one occurrence, with a reason shown to members only")
    public void cancel(@PathParam("id") long id, @Valid ScheduleBodies.Cancellation cancellation) {
        occurrences.cancel(id, cancellation);
    }

    @POST
    @Path("/occurrences/{id}/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change this and all following occurrences (splits the series)")
    public ScheduleResult following(@PathParam("id") long id,
                                    @Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.Series series) {
        return scheduling.changeFollowing(me.caller(), id, series.plan(), series.choice());
    }

    @POST
    @Path("/series/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a series early: no session after lastDate")
    public void end(@PathParam("id") long id, @Valid @NotNull(message = JSON_PLEASE) ScheduleBodies.End end) {
        scheduling.end(me.caller(), id, end.lastDate);
    }

    @GET
    @Path("/calendar")
    @Operation(summary = "Sessions in the organisation's rooms between two dates (at most 93 days)")
    public List<SessionView> calendar(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("siteId") Long siteId, @QueryParam("roomId") Long roomId) {
        return views.calendar(me.caller(), date(from, "from"), date(to, "to"), siteId, roomId);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.kindred.domain.model.RuleException(field, "Give the date as YYYY-MM-DD.");
        }
    }

    public record Created(long id) {
    }

    @Inject
    FeedService feeds;

    @Inject
    InvitationViews invitationViews;

    @POST
    @Path("/rooms/{roomId}/feed")
    @Operation(summary = "Make a new private calendar subscription address for a room (the old one stops working)")
    public InvitationBodies.FeedAddress renewRoomFeed(@PathParam("roomId") long roomId) {
        return new InvitationBodies.FeedAddress(feeds.renewRoom(me.caller(), roomId));
    }

    @DELETE
    @Path("/rooms/{roomId}/feed")
    @Operation(summary = "Turn off a room's calendar subscription address")
    public Response revokeRoomFeed(@PathParam("roomId") long roomId) {
        feeds.revokeRoom(me.caller(), roomId);
        return Response.noContent().build();
    }

    @GET
    @Path("/groups/{groupId}/invitations")
    @Operation(summary = "How a group's invitation emails stand: pending, sent, failed, and how many people answered")
    public InvitationViews.Delivery invitations(@PathParam("groupId") long groupId) {
        return invitationViews.delivery(me.caller(), groupId);
    }

    @GET
    @Path("/invitations/failed")
    @Operation(summary = "Where emails could not be delivered: per group, counts only (1 to 7 as *)")
    public List<InvitationViews.FailedGroup> failedInvitations() {
        return invitationViews.failed(me.caller());
    }

    @POST
    @Path("/groups/{groupId}/invitations/retry")
    @Operation(summary = "Send a group's failed emails again")
    public Response retryInvitations(@PathParam("groupId") long groupId) {
        invitationViews.retry(me.caller(), groupId);
        return Response.accepted().build();
    }

    @POST
    @Path("/invitations/retry")
    @Operation(summary = "Send failed emails that are not about a group again")
    public Response retryOtherInvitations() {
        invitationViews.retry(me.caller(), null);
        return Response.accepted().build();
    }
}
