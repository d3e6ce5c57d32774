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
 *
 * <p>The header must carry the value the API documents, {@value #VALUE}: an empty or other value is
 * refused like a missing one. The value is no secret; asking for it exactly keeps the rule one a
 * client can be tested against, rather than "any header at all", which an empty one from a careless
 * proxy or client would pass.
 */
@Provider
@PreMatching
public class CsrfHeaderFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-By";
    static final String VALUE = "kindred";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod()) && !VALUE.equals(strip(request.getHeaderString(HEADER)))) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN,
                    "Send the header " + HEADER + ": " + VALUE + " with every request that changes something.", null));
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
