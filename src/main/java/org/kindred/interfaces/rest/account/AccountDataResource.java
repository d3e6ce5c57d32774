package org.kindred.interfaces.rest.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kindred.application.rights.DataRightsService;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.rest.PrivateResponses;

/** The caller's own data, as a file to keep (ADR 0020). There is no id to ask for: only one's own. */
@Path("/account/data")
@RequestScoped
@Tag(name = "Account")
public class AccountDataResource {

    @Inject
    DataRightsService rights;

    @Inject
    CurrentPerson me;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything Kindred holds about the caller, as a JSON file (format kindred-personal-data/1)",
            description = "Sections of the caller's own rows (account, roles, memberships, attendance, ground rules, "
                    + "calendar answers, homework, that evaluations were answered, emails held, audit entries about "
                    + "them), and what is left out and why. Audited as EXPORT_OWN_DATA.")
    public Response download() {
        return PrivateResponses.noStore(Response.ok(rights.export(me.caller()), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"kindred-your-data.json\""));
    }
}
