package org.kindred.interfaces.web.jsf;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;

/**
 * No Kindred view is stateless, so a postback whose view state says "stateless" is forged. Mojarra
 * would answer it with a FacesException (the error page, HTTP 500); restoring nothing instead makes it
 * what it is, a postback without a valid view state: the "page expired" page, and nothing done.
 */
public class StatefulViews extends ViewHandlerWrapper {

    public StatefulViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        String state = context.getExternalContext().getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
        if (state != null && state.strip().equalsIgnoreCase("stateless")) {
            return null;
        }
        return super.restoreView(context, viewId);
    }
}
