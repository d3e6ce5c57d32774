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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.exercise.SessionPlanService;
import org.kindred.application.exercise.SessionPlanService.PlanView;
import org.kindred.interfaces.CurrentPerson;

/** Facilitators: their group's plan for one session, with its running order and the homework count. */
@Path("/facilitator/sessions/{occurrenceId}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitator")
public class SessionPlanResource {

    @Inject
    SessionPlanService plans;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "The group's plan for one session (its default set until changed), as a timed running order")
    public PlanView plan(@PathParam("occurrenceId") long occurrenceId) {
        return plans.plan(me.caller(), occurrenceId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder or swap the session's exercises, or assign another set, for this group only")
    public PlanView arrange(@PathParam("occurrenceId") long occurrenceId,
                            @Valid @NotNull(message = "Send the plan as JSON.") PlanBodies.Plan body) {
        return plans.arrange(me.caller(), occurrenceId, body.setId, body.exerciseIds);
    }
}
