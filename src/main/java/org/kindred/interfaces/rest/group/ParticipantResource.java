package org.kindred.interfaces.rest.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.group.GroundRulesService;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.OpenGroup;
import org.kindred.application.group.GroupViews.ParticipantGroup;
import org.kindred.application.group.JoinResult;
import org.kindred.application.group.MembershipService;
import org.kindred.interfaces.CurrentPerson;

/** Participants: their own groups, groups open to them, joining, leaving and the ground rules. */
@Path("/participant/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant")
public class ParticipantResource {

    @Inject
    GroupViews views;

    @Inject
    MembershipService membership;

    @Inject
    GroundRulesService groundRules;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "My groups: member, waitlisted (with my place), invited or requested")
    public List<ParticipantGroup> mine() {
        return views.forParticipant(me.caller());
    }

    @GET
    @Path("/open")
    @Operation(summary = "Groups I may join by myself")
    public List<OpenGroup> open() {
        return views.openTo(me.caller());
    }

    @POST
    @Path("/{id}/join")
    @Operation(summary = "Join a group, or accept an invitation: a seat, or a place on the waitlist")
    public JoinResult join(@PathParam("id") long id) {
        return membership.join(me.caller(), id);
    }

    @POST
    @Path("/{id}/leave")
    @Operation(summary = "Leave a group. No reason is asked or kept.")
    public void leave(@PathParam("id") long id) {
        membership.leave(me.caller(), id);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline an invitation")
    public void decline(@PathParam("id") long id) {
        membership.decline(me.caller(), id);
    }

    @POST
    @Path("/{id}/ground-rules/acceptance")
    @Operation(summary = "Accept the group's current ground rules")
    public void acceptRules(@PathParam("id") long id) {
        groundRules.accept(me.caller(), id);
    }
}
