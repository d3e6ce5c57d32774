package org.kindred.interfaces.rest.group;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.group.GroupService;
import org.kindred.application.group.GroupService.FacilitatorChoice;
import org.kindred.application.group.GroupViews;
import org.kindred.application.group.GroupViews.OrganiserGroup;
import org.kindred.domain.model.programme.ProgrammeTemplate;
import org.kindred.interfaces.CurrentPerson;

/** Organisers: templates and groups, with member counts only (small counts shown as "*"). */
@Path("/organiser")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organiser")
public class OrganiserResource {

    @Inject
    GroupService groups;

    @Inject
    GroupViews views;

    @Inject
    CurrentPerson me;

    public record Template(String code, String name, String description, int minMembers, int maxMembers,
                           int minLeaders, int maxLeaders, int sessionMinutes, String cadence, Integer sessionCount,
                           boolean closedAfterStart, boolean intakeRequired, int quorum, List<String> defaultGroundRules,
                           String exerciseSet) {
        static Template of(ProgrammeTemplate t) {
            return new Template(t.code(), t.name(), t.description(), t.minMembers(), t.maxMembers(), t.minLeaders(),
                    t.maxLeaders(), t.sessionMinutes(), t.cadence().name(), t.sessionCount(), t.closedAfterStart(),
                    t.intakeRequired(), t.quorum(), List.of(t.defaultGroundRules().split("\n")), t.exerciseSetCode());
        }
    }

    /**
     * A new group. Sizes left out take the template's defaults; given ones must lie within its limits.
     * (A class, not a record: Payara's OpenAPI generator fails on constraints on record components.)
     */
    public static class NewGroup {
        @NotBlank(message = "Choose a programme template.")
        @Size(max = 40, message = "Use a template code of at most 40 characters.")
        public String template;
        @NotBlank(message = "Give the group a name.")
        @Size(max = 120, message = "Use at most 120 characters for the name.")
        public String name;
        @Positive(message = "The minimum must be a positive number.")
        public Integer minMembers;
        @Positive(message = "The maximum must be a positive number.")
        public Integer maxMembers;
        @Positive(message = "The quorum must be a positive number.")
        public Integer quorum;
        public boolean selfEnrolment;
        public LocalDate startsOn;
        @NotNull(message = "Choose the lead facilitator.")
        public Long leadId;
        public Long coLeadId;
    }

    @GET
    @Path("/templates")
    @Operation(summary = "The programme templates groups are made from")
    public List<Template> templates() {
        return groups.templates(me.caller()).stream().map(Template::of).toList();
    }

    @GET
    @Path("/facilitators")
    @Operation(summary = "The organisation's facilitators: the people who may lead a group or run a Round",
            description = "Only people who hold the facilitator role. Nobody else is listed: clinical leads and "
                    + "panellists are asked by work email address.")
    public List<FacilitatorChoice> facilitators() {
        return groups.facilitators(me.caller());
    }

    @GET
    @Path("/groups")
    @Operation(summary = "Groups of the organisation, with counts only")
    public List<OrganiserGroup> list() {
        return views.forOrganiser(me.caller());
    }

    @GET
    @Path("/groups/{id}")
    @Operation(summary = "One group of the organisation: facilitators by name, members as counts")
    public OrganiserGroup get(@PathParam("id") long id) {
        return views.forOrganiser(me.caller(), id);
    }

    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a group from a template, with its lead and optional co-lead")
    public Response create(@Valid @NotNull(message = "Send the group as JSON.") NewGroup request) {
        var group = groups.create(me.caller(), new GroupService.NewGroup(request.template, request.name,
                request.minMembers, request.maxMembers, request.quorum, request.selfEnrolment,
                request.startsOn, request.leadId, request.coLeadId));
        return Response.created(URI.create("/api/organiser/groups/" + group.id()))
                .entity(views.forOrganiser(me.caller(), group.id())).build();
    }
}
