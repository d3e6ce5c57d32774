package org.kindred.interfaces.rest.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.invitation.FeedService;
import org.kindred.interfaces.rest.PrivateResponses;

/**
 * Calendar subscriptions, fetched by calendar apps without signing in: the random token in the
 * address is the only key. An unknown or revoked token is a plain 404 that says nothing more.
 */
@Path("/feeds")
@RequestScoped
@Tag(name = "Feeds")
public class FeedResource {

    @Inject
    FeedService feeds;

    @GET
    @Path("/{token}.ics")
    @Operation(summary = "A private calendar feed (METHOD:PUBLISH, no attendees)")
    public Response feed(@PathParam("token") String token) {
        return feeds.calendar(token)
                .map(text -> PrivateResponses.noStore(Response.ok(text, "text/calendar; charset=UTF-8")
                        .header("Content-Disposition", "inline; filename=\"kindred.ics\"")))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type("text/plain")
                        .entity("No calendar here. The address may have been replaced; make a new one in Kindred.")
                        .build());
    }
}
