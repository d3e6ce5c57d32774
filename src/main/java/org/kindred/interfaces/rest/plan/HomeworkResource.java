package org.kindred.interfaces.rest.plan;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.exercise.HomeworkService;
import org.kindred.application.exercise.HomeworkService.GroupHomework;
import org.kindred.application.exercise.HomeworkService.SessionContent;
import org.kindred.interfaces.CurrentPerson;

/** Participants: their groups' current homework and past sessions' content, and their own done-or-not. */
@Path("/participant/homework")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant")
public class HomeworkResource {

    @Inject
    HomeworkService homework;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "For each of the caller's groups: the latest session's content and homework, and earlier ones")
    public List<GroupHomework> current() {
        return homework.current(me.caller());
    }

    @GET
    @Path("/{occurrenceId}")
    @Operation(summary = "One past session of the caller's group: exercise titles and aims, and its homework")
    public SessionContent session(@PathParam("occurrenceId") long occurrenceId) {
        return homework.session(me.caller(), occurrenceId);
    }

    @PUT
    @Path("/{occurrenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say whether you did a session's homework; only the yes or no is kept")
    public Response report(@PathParam("occurrenceId") long occurrenceId,
                           @Valid @NotNull(message = "Say whether you did the homework: send {\"done\": true} or {\"done\": false}.")
                           PlanBodies.HomeworkAnswer body) {
        homework.report(me.caller(), occurrenceId, body.done);
        return Response.noContent().build();
    }
}
