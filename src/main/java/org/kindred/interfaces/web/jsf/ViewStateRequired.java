package org.kindred.interfaces.web.jsf;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A form posted to a page without any view state is forged: every Kindred form carries the view state
 * its page was rendered with, and a browser sends it back. JSF tells a postback from a first visit by
 * that parameter alone, so it would take such a post for a visit and show the page afresh with 200.
 * Refused here instead, before the view is built, as a postback whose view cannot be restored: the
 * "page expired" page with 400 (web.xml), nothing done, the session kept, exactly as for a made-up or
 * another session's view state. A POST with no form fields at all (only an address's own parameters,
 * or none) is left to JSF: it carries nothing that could be taken for a change.
 */
public class ViewStateRequired implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        ExternalContext external = context.getExternalContext();
        if (external.getRequest() instanceof HttpServletRequest request && "POST".equals(request.getMethod())
                && !external.getRequestParameterMap().containsKey(ResponseStateManager.VIEW_STATE_PARAM)
                && postsFormFields(request)) {
            context.responseComplete(); // nothing of the lifecycle runs
            throw new ViewExpiredException("a form was posted without a view state", external.getRequestServletPath());
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the check is made before the view is restored or built
    }

    /** Whether the request has a parameter that is not one of its address's: a field of a posted form. */
    private static boolean postsFormFields(HttpServletRequest request) {
        Set<String> inAddress = new HashSet<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.split("=", 2)[0];
                try {
                    inAddress.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    inAddress.add(name);
                }
            }
        }
        return request.getParameterMap().keySet().stream().anyMatch(name -> !inAddress.contains(name));
    }
}
