package org.kindred.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.kindred.infrastructure.config.KindredSettings;

/**
 * When {@code kindred.diagnostics.count-statements} is on, logs how many SQL statements each request
 * sent: "statements=5 GET /facilitator/index.xhtml trace=abc". The path only (ids, never a query
 * string; a long opaque segment such as a feed's token becomes "{token}"), and the caller's
 * {@code X-Kindred-Trace} header if it is a short plain token, so a test or a benchmark can find its
 * own request. Off in production: it costs a log line per request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StatementCountFilter.class.getName());
    /** A path segment that is a secret, such as a private calendar feed's token: never logged. */
    private static final Pattern OPAQUE_SEGMENT = Pattern.compile("/[A-Za-z0-9_-]{20,}(?=[./]|$)");

    @Inject
    transient KindredSettings settings;

    private transient Boolean enabled;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled()) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCounter.stop();
            String trace = request.getHeader("X-Kindred-Trace");
            String tag = trace != null && trace.matches("[A-Za-z0-9-]{1,40}") ? " trace=" + trace : "";
            LOG.info(() -> "statements=" + statements + " " + request.getMethod() + " "
                    + OPAQUE_SEGMENT.matcher(request.getRequestURI()).replaceAll("/{token}") + tag);
        }
    }

    private boolean enabled() {
        if (enabled == null) {
            enabled = settings.flag(KindredSettings.COUNT_STATEMENTS, false);
        }
        return enabled;
    }
}
