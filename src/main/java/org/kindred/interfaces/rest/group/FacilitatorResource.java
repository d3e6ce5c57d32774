package org.kindred.interfaces.rest.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.evaluation.EvaluationTimingService;
import org.kindred.application.group.GroundRulesService;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.FacilitatorGroup;
import org.kindred.application.group.GroupViews.Roster;
import org.kindred.application.group.JoinResult;
import org.kindred.application.group.MembershipService;
import org.kindred.domain.model.evaluation.EvaluationTiming;
import org.kindred.interfaces.CurrentPerson;

/** Facilitators: their own groups only. Another group's id answers 404, exactly like a missing one. */
@Path("/facilitator/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitator")
public class FacilitatorResource {

    @Inject
    GroupViews views;

    @Inject
    MembershipService membership;

    @Inject
    GroundRulesService groundRules;

    @Inject
    CurrentPerson me;

    /** Classes, not records: Payara's OpenAPI generator fails on constraints on record components. */
    public static class Invitation {
        @NotBlank(message = "Enter the person's work email.")
        @Size(max = 254, message = "Use at most 254 characters.")
        public String email;
    }

    public static class GroundRules {
        @NotBlank(message = "Write at least one ground rule.")
        @Size(max = 4000, message = "Use at most 4000 characters.")
        public String text;
    }

    public record RulesVersion(int version) {
    }

    /** EACH_SESSION or END_OF_PROGRAMME. */
    public static class Evaluation {
        @NotNull(message = "Say when the group is evaluated: EACH_SESSION or END_OF_PROGRAMME.")
        public EvaluationTiming timing;
    }

    @Inject
    EvaluationTimingService evaluationTimings;

    @GET
    @Operation(summary = "The groups I lead, with counts, waitlists and ground-rules status")
    public List<FacilitatorGroup> list() {
        return views.forFacilitator(me.caller());
    }

    @GET
    @Path("/{id}/roster")
    @Operation(summary = "Members, waitlist, invitations and requests of a group I lead")
    public Roster roster(@PathParam("id") long id) {
        return views.roster(me.caller(), id);
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a participant of the organisation, by work email")
    public void invite(@PathParam("id") long id, @Valid @NotNull(message = "Send the invitation as JSON.") Invitation invitation) {
        membership.invite(me.caller(), id, invitation.email);
    }

    @POST
    @Path("/{id}/requests/{personId}/approval")
    @Operation(summary = "Accept a request to join, after the intake conversation")
    public JoinResult approve(@PathParam("id") long id, @PathParam("personId") long personId) {
        return membership.approve(me.caller(), id, personId);
    }

    @DELETE
    @Path("/{id}/members/{personId}")
    @Operation(summary = "Remove someone from the group; the first on the waitlist takes their place")
    public void remove(@PathParam("id") long id, @PathParam("personId") long personId) {
        membership.remove(me.caller(), id, personId);
    }

    @PUT
    @Path("/{id}/ground-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the ground rules: a new version everyone is asked to accept")
    public RulesVersion changeRules(@PathParam("id") long id,
                                    @Valid @NotNull(message = "Send the rules as JSON.") GroundRules rules) {
        return new RulesVersion(groundRules.change(me.caller(), id, rules.text).version());
    }

    @GET
    @Path("/{id}/evaluation-timing")
    @Operation(summary = "When a group I lead is evaluated: after each session, or once after its last")
    public Evaluation evaluationTiming(@PathParam("id") long id) {
        Evaluation evaluation = new Evaluation();
        evaluation.timing = evaluationTimings.of(me.caller(), id);
        return evaluation;
    }

    @PUT
    @Path("/{id}/evaluation-timing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose when a group I lead is evaluated; END_OF_PROGRAMME offers it for the last session only")
    public Evaluation changeEvaluationTiming(@PathParam("id") long id,
                                             @Valid @NotNull(message = "Send the timing as JSON.") Evaluation body) {
        Evaluation evaluation = new Evaluation();
        evaluation.timing = evaluationTimings.change(me.caller(), id, body.timing);
        return evaluation;
    }
}
