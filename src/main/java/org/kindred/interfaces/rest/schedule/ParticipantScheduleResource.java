package org.kindred.interfaces.rest.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.attendance.AttendanceService;
import org.kindred.application.evaluation.EvaluationService;
import org.kindred.application.invitation.FeedService;
import org.kindred.application.session.ScheduleViews.PanelInvitation;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.SchedulingService;
import org.kindred.interfaces.CurrentPerson;

/** Participants: their groups' upcoming sessions, and Round panels they are asked to join. */
@Path("/participant/schedule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant")
public class ParticipantScheduleResource {

    @Inject
    SchedulingService scheduling;

    @Inject
    ScheduleViews views;

    @Inject
    CurrentPerson me;

    @GET
    @Path("/sessions")
    @Operation(summary = "Upcoming sessions of the caller's groups, with any cancellation reason")
    public List<SessionView> sessions() {
        return views.upcomingForMember(me.caller());
    }

    @GET
    @Path("/panels")
    public List<PanelInvitation> panels() {
        return views.panelInvitations(me.caller());
    }

    @POST
    @Path("/panels/{roundId}/consent")
    @Operation(summary = "Consent to be a panellist")
    public void consent(@PathParam("roundId") long roundId) {
        scheduling.answerPanel(me.caller(), roundId, true);
    }

    @POST
    @Path("/panels/{roundId}/withdrawal")
    @Operation(summary = "Decline, or withdraw after consenting")
    public void withdraw(@PathParam("roundId") long roundId) {
        scheduling.answerPanel(me.caller(), roundId, false);
    }

    @Inject
    FeedService feeds;

    @GET
    @Path("/feed")
    @Operation(summary = "Whether the caller has a private calendar subscription address")
    public InvitationBodies.FeedState feedState() {
        return new InvitationBodies.FeedState(feeds.hasPersonal(me.caller()));
    }

    @POST
    @Path("/feed")
    @Operation(summary = "Make a new private calendar subscription address (the old one stops working); shown once")
    public InvitationBodies.FeedAddress renewFeed() {
        return new InvitationBodies.FeedAddress(feeds.renewPersonal(me.caller()));
    }

    @DELETE
    @Path("/feed")
    @Operation(summary = "Turn off the caller's calendar subscription address")
    public Response revokeFeed() {
        feeds.revokePersonal(me.caller());
        return Response.noContent().build();
    }

    @GET
    @Path("/attendance")
    @Operation(summary = "The caller's own attendance record, in every group (audited)")
    public List<AttendanceService.OwnLine> myAttendance() {
        return attendance.mine(me.caller());
    }

    @Inject
    AttendanceService attendance;

    /** Answers to the evaluation: statement code to a score from 1 to 5, and an optional overall rating. */
    public static class EvaluationBody {
        public java.util.Map<String, Integer> scores;
        public Integer overall;
    }

    @GET
    @Path("/evaluations/{occurrenceId}")
    @Operation(summary = "The anonymous evaluation form for a session the caller attended, and whether they answered")
    public EvaluationService.Form evaluationForm(@PathParam("occurrenceId") long occurrenceId) {
        return evaluations.form(me.caller(), occurrenceId);
    }

    @POST
    @Path("/evaluations/{occurrenceId}")
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the evaluation once; the answers are stored without the caller, with the day only")
    public Response answerEvaluation(@PathParam("occurrenceId") long occurrenceId, EvaluationBody body) {
        evaluations.answer(me.caller(), occurrenceId, body == null ? null
                : new org.kindred.domain.model.evaluation.EvaluationAnswers(body.scores, body.overall));
        return Response.noContent().build();
    }

    @Inject
    EvaluationService evaluations;
}
