package org.kindred.interfaces.web.jsf;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import org.kindred.domain.model.RuleException;

/** Short helpers for the messages a page shows, global or tied to one field. */
public final class Messages {

    private Messages() {
    }

    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        forgetEarlierErrors(faces);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Answers 404, as for a page that does not exist: object-level checks reveal nothing. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        forgetEarlierErrors(faces);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /**
     * A rule broken: the message goes beside the input of {@code form} whose id is the rule's field
     * (marked invalid for assistive technology), or at the top of the page when there is no such input.
     */
    public static void rule(String form, RuleException e) {
        field(form, e.field(), e.getMessage());
    }

    public static void field(String form, String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = field == null || form == null ? null : form + ":" + field;
        UIComponent input = clientId == null ? null : find(faces, clientId);
        forgetEarlierErrors(faces);
        if (input instanceof UIInput in) {
            in.setValid(false);
        }
        faces.addMessage(input == null ? null : clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static UIComponent find(FacesContext faces, String clientId) {
        try {
            return faces.getViewRoot().findComponent(clientId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Inputs marked invalid by {@link #field} keep that mark in the view's state until their own form is
     * submitted again; once per request, before this request's outcome is shown, every mark is cleared.
     */
    private static void forgetEarlierErrors(FacesContext faces) {
        if (faces.getViewRoot() == null
                || faces.getAttributes().putIfAbsent(Messages.class.getName(), Boolean.TRUE) != null) {
            return;
        }
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIInput in && in.getSubmittedValue() == null) {
                in.setValid(true);
            }
            return VisitResult.ACCEPT;
        });
    }
}
