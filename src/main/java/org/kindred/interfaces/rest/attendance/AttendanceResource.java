package org.kindred.interfaces.rest.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.attendance.AttendanceService;
import org.kindred.domain.model.attendance.AttendanceMark;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.rest.PrivateResponses;

/**
 * Facilitators: a session's attendance sheet, recording marks, the group's export, and a Round's
 * headcount. Every read and change of named attendance is audited by the service, refusals too.
 */
@Path("/facilitator/attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitator")
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentPerson me;

    /**
     * One member's mark, as sent. Classes rather than records, like every request body: Payara's OpenAPI
     * generator fails on Bean Validation annotations on record components.
     */
    public static class MarkBody {
        public Long personId;
        public AttendanceMark mark;
        public boolean late;
        public boolean leftEarly;
    }

    public static class Marks {
        @NotNull(message = "Send the marks as a list.")
        public List<MarkBody> marks;
    }

    public static class Headcount {
        @NotNull(message = "Give the number of people who came, by staff group or as \"all\".")
        public Map<String, Integer> byStaffGroup;
    }

    @GET
    @Path("/{occurrenceId}")
    @Operation(summary = "The attendance sheet of one session of a group the caller leads (audited)")
    public Response sheet(@PathParam("occurrenceId") long occurrenceId) {
        return PrivateResponses.noStore(Response.ok(attendance.sheet(me.caller(), occurrenceId)));
    }

    @PUT
    @Path("/{occurrenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record present, apologies or absent (and late, left early) for members (audited)")
    public Response record(@PathParam("occurrenceId") long occurrenceId,
                           @Valid @NotNull(message = "Send the marks as JSON.") Marks body) {
        List<AttendanceService.Mark> marks = body.marks.stream()
                .map(m -> m == null ? null : new AttendanceService.Mark(m.personId, m.mark, m.late, m.leftEarly))
                .toList();
        return PrivateResponses.noStore(Response.ok(attendance.record(me.caller(), occurrenceId, marks)));
    }

    @GET
    @Path("/groups/{groupId}/export")
    @Produces("text/csv")
    @Operation(summary = "The group's attendance as CSV, for its facilitators (audited)")
    public Response export(@PathParam("groupId") long groupId) {
        return PrivateResponses.csv(attendance.export(me.caller(), groupId), "attendance.csv");
    }

    @PUT
    @Path("/{occurrenceId}/headcount")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A Schwartz Round's audience: a headcount, optionally by staff group; never names")
    public Map<String, Integer> headcount(@PathParam("occurrenceId") long occurrenceId,
                                          @Valid @NotNull(message = "Send the headcount as JSON.") Headcount body) {
        return attendance.recordHeadcount(me.caller(), occurrenceId, body.byStaffGroup);
    }

    @GET
    @Path("/{occurrenceId}/headcount")
    @Operation(summary = "A Schwartz Round's recorded audience, by staff group; empty until recorded")
    public Map<String, Integer> savedHeadcount(@PathParam("occurrenceId") long occurrenceId) {
        return attendance.headcount(me.caller(), occurrenceId);
    }

    @GET
    @Path("/{occurrenceId}/evaluation")
    @Operation(summary = "A session's anonymous evaluation: means over 8 or more answers, else *")
    public org.kindred.application.evaluation.EvaluationService.Summary evaluation(
            @PathParam("occurrenceId") long occurrenceId) {
        return evaluations.summary(me.caller(), occurrenceId);
    }

    @Inject
    org.kindred.application.evaluation.EvaluationService evaluations;
}
