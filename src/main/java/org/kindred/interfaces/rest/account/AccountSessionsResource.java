package org.kindred.interfaces.rest.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.account.SignedInSessionService;
import org.kindred.application.account.SignedInSessionService.Listed;
import org.kindred.interfaces.CurrentPerson;

/** The caller's own signed-in sessions, as the account page lists them (ADR 0024). Only one's own. */
@Path("/account/sessions")
@RequestScoped
@Tag(name = "Account")
public class AccountSessionsResource {

    @Inject
    SignedInSessionService sessions;

    @Inject
    CurrentPerson me;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the caller is signed in: each session's device, start and last use, this one marked")
    public List<Listed> list() {
        return sessions.mine(me.caller().personId(), key());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Sign out one of the caller's sessions: it is signed out at its next request")
    public Response signOut(@PathParam("id") long id) {
        if (!sessions.signOut(me.caller().personId(), id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private String key() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SignedInSessionService.SESSION_KEY) instanceof String key ? key : null;
    }
}
