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

/** Facilitators: the exercise and homework library, read-only; a group adapts its own plans instead. */
@Path("/facilitator/library")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitator")
public class LibraryResource {

    @Inject
    LibraryViews library;

    @Inject
    CurrentPerson me;

    @GET
    @Operation(summary = "Every exercise set of the library, by programme and session, with its homework")
    public List<SetView> library() {
        return library.library(me.caller());
    }
}
