package org.kindred.interfaces.rest.wellbeing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.wellbeing.WellbeingService;
import org.kindred.domain.model.wellbeing.Phase;
import org.kindred.domain.model.wellbeing.WellbeingAnswers;
import org.kindred.interfaces.CurrentPerson;

/** Members: the wellbeing questionnaires open to them, each answered once and kept without their name. */
@Path("/participant/wellbeing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participant")
public class ParticipantWellbeingResource {

    @Inject
    WellbeingService wellbeing;

    @Inject
    CurrentPerson me;

    /**
     * A score per statement number: {"answers": {"1": 3, "2": 5, ...}}. A class, like every request body:
     * Payara's OpenAPI generator fails on Bean Validation annotations on record components.
     */
    public static class AnswersBody {
        public Map<String, Integer> answers;
    }

    @GET
    @Operation(summary = "The caller's groups' wellbeing questionnaires that are open and not yet answered")
    public List<WellbeingService.OpenMeasure> open() {
        return wellbeing.openFor(me.caller());
    }

    @GET
    @Path("/{groupId}/{phase}")
    @Operation(summary = "The questionnaire (before or after) with its credit and licence, and whether the caller answered")
    public WellbeingService.Form form(@PathParam("groupId") long groupId, @PathParam("phase") String phase) {
        return wellbeing.form(me.caller(), groupId, Phase.parse(phase));
    }

    @POST
    @Path("/{groupId}/{phase}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer once, every statement from 1 to 5; only the subscale sums are kept, with the day and nobody's name")
    public Response answer(@PathParam("groupId") long groupId, @PathParam("phase") String phase, AnswersBody body) {
        wellbeing.answer(me.caller(), groupId, Phase.parse(phase),
                WellbeingAnswers.fromNumberedText(body == null ? null : body.answers));
        return Response.noContent().build();
    }
}
