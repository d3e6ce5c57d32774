package org.kindred.interfaces.rest.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.people.Leavers;
import org.kindred.application.people.PeopleService;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.interfaces.CurrentPerson;

/** Admins: a person's roles, deactivating a leaver and reactivating them. Ids only in the answers. */
@Path("/admin/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminPeopleResource {

    @Inject
    PeopleService people;

    @Inject
    CurrentPerson me;

    /** The roles a person should have (ORGANISER, FACILITATOR, PARTICIPANT, ADMIN): at least one. */
    public static class Roles {
        @NotNull(message = "Give the roles as a list, such as [\"PARTICIPANT\"].")
        public List<Role> roles;
    }

    public record PersonState(long id, Set<Role> roles, boolean active) {
        static PersonState of(Person person) {
            return new PersonState(person.id(), person.roles(), person.active());
        }
    }

    public record Reactivation(boolean changed) {
    }

    @PUT
    @Path("/{personId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a person's roles; they take effect on the person's next request")
    public PersonState changeRoles(@PathParam("personId") long personId,
                                   @Valid @NotNull(message = "Send the roles as JSON.") Roles body) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        body.roles.stream().filter(java.util.Objects::nonNull).forEach(roles::add);
        return PersonState.of(people.changeRoles(me.caller(), personId, roles));
    }

    @POST
    @Path("/{personId}/deactivation")
    @Operation(summary = "Deactivate a leaver: signed out, out of every group and future panel, feeds and links revoked")
    public Leavers.Departure deactivate(@PathParam("personId") long personId) {
        return people.deactivate(me.caller(), personId);
    }

    @POST
    @Path("/{personId}/reactivation")
    @Operation(summary = "Let a deactivated person sign in again, with the same roles and no groups")
    public Reactivation reactivate(@PathParam("personId") long personId) {
        return new Reactivation(people.reactivate(me.caller(), personId));
    }
}
