package org.kindred.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * The response headers every answer carries (ASVS 5.0 chapter 3, "Web Frontend Security"), tested by
 * {@code HardeningIT}:
 * <ul>
 *   <li>HSTS, nosniff, no referrer (our links carry signed tokens), no framing, no powerful features;</li>
 *   <li>{@code Cache-Control: no-store} on everything but the static resources (scripts, styles, icons), since nearly
 *       every page and API answer holds personal data and ward computers are shared;</li>
 *   <li>a Content-Security-Policy. Faces pages get theirs from PrimeFaces' CSP mode (web.xml's
 *       {@code primefaces.CSP_POLICY}, with a per-response script nonce); answers no Faces page renders
 *       (the JSON API, health, OpenAPI, static resources) get {@link #NO_CONTENT_POLICY}. Two policies
 *       on one response would both apply, so a page never gets both.</li>
 * </ul>
 * It also drops any {@code X-Powered-By} or {@code Server} header the application's libraries set; the
 * ones the HTTP listener itself would add are switched off in configure-domain.sh.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** For answers that are data, not documents: nothing may load, run or frame them. */
    static final String NO_CONTENT_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final List<String> NOT_FACES = List.of(
            "/api/", "/scim/", "/sso/", "/health", "/openapi", "/diagnostics/", "/jakarta.faces.resource/");
    private static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new WithoutProductHeaders(response));
    }

    /**
     * Sets the headers. Also called by {@link SessionAuthenticationMechanism}, which answers some
     * requests (the redirect to sign in, the API's 401) before any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (NOT_FACES.stream().anyMatch(path::startsWith)) {
            response.setHeader("Content-Security-Policy", NO_CONTENT_POLICY);
        }
        if (!path.startsWith(STATIC_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Ignores headers that would tell an attacker which server and libraries answer. */
    private static final class WithoutProductHeaders extends HttpServletResponseWrapper {

        WithoutProductHeaders(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (allowed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (allowed(name)) {
                super.addHeader(name, value);
            }
        }

        private static boolean allowed(String name) {
            return !"X-Powered-By".equalsIgnoreCase(name) && !"Server".equalsIgnoreCase(name);
        }
    }
}
