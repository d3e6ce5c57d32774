package org.kindred.infrastructure.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Error pages render as a fresh page, whatever request failed. Without this, an error page shown for
 * a refused form post (a forged view state, a missing CSP nonce) would itself be taken for a postback
 * of that form and fail in turn, leaving the server's bare 500 page. The failed request's parameters
 * and its Ajax header are therefore hidden from the error page; nothing on an error page reads them.
 * (The expired page, where refused postbacks end, sets its own status: 400.) A failed API request
 * gets no page at all but the API's JSON error.
 */
@WebFilter(urlPatterns = "/errors/*", dispatcherTypes = DispatcherType.ERROR, asyncSupported = true)
public class ErrorPageRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed instanceof String uri && uri.startsWith(request.getContextPath() + "/api/")) {
            apiError(response);
            return;
        }
        chain.doFilter(new FreshRequest(request), response);
    }

    /**
     * A failure that escaped the API's exception mappers (one in a filter, or in a commit after the
     * resource returned, say while the database restarts) is answered in the API's own shape, not with
     * a page: {"error": "..."} and the status the container chose.
     */
    private static void apiError(HttpServletResponse response) throws IOException {
        int status = response.getStatus();
        String message = status >= 500 ? "Something went wrong. Nothing was changed; please try again."
                : status == 404 ? "Not Found." : status == 403 ? "Forbidden." : "Request refused.";
        response.resetBuffer();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\",\"field\":null}");
    }
}
