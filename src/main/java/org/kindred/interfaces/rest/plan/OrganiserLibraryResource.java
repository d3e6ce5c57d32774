package org.kindred.interfaces.rest.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.exercise.LibraryViews;
import org.kindred.application.exercise.LibraryViews.SetView;
import org.kindred.interfaces.CurrentPerson;

/**
 * Organisers may read the library (inside their own role area), never a group's plan for a session:
 * that stays with the group's facilitators.
 */
@Path("/organiser/library")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organiser")
public class OrganiserLibraryResource {

    @Inject
    LibraryViews library;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "Every exercise set of the library, read-only")
    public List<SetView> library() {
        return library.library(me.caller());
    }
}
