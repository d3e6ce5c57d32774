package org.kindred.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * The API is authenticated by the portal's session cookie, so a hostile page could make a browser
 * send a state-changing request. Browsers never add a custom header to a cross-site request without
 * a CORS preflight, which Kindred never grants: requiring one stops that forgery. Checked before
 * resource matching, so a forged request learns nothing about which paths exist.
 */
@Provider
@PreMatching
public class CsrfHeaderFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod()) && request.getHeaderString(HEADER) == null) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN,
                    "Send the " + HEADER + " header with every request that changes something.", null));
        }
    }
}
