package org.kindred.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Kindred API", version = "1",
        description = "Groups, membership, waitlists and ground rules. Sign in through the portal first; "
                + "send X-Requested-By: kindred with every POST, PUT and DELETE."))
public class KindredApi extends Application {
}
