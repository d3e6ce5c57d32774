package org.kindred.interfaces.web.jsf;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import org.kindred.application.StorableText;

/**
 * What every text field takes, checked on the server with a message beside the field (the renderers
 * registered in faces-config call it for every PrimeFaces text input and text area).
 *
 * <p>A text field's {@code maxlength} is its limit on the server too, with a message naming it.
 * PrimeFaces cuts a longer submitted value to the limit without a word (a browser never sends one; a
 * forged or scripted request does), which would store less than was sent; the renderers here keep the
 * whole value and refuse it in the validation phase instead, so nothing is saved and the field says why.
 */
final class InputLimits {

    private InputLimits() {
    }

    /** After the PrimeFaces decode: puts back the value as sent when it was cut to the limit. */
    static void keepWhole(FacesContext context, UIInput input, int maxlength) {
        if (maxlength <= 0 || input.getSubmittedValue() == null) {
            return; // no limit, or not decoded (disabled or read-only)
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        if (sent != null && sent.length() > maxlength) {
            input.setSubmittedValue(sent);
        }
    }

    /**
     * Before conversion: a value over the limit is refused with "Use at most N characters.", and one
     * holding half of a surrogate pair, which the database would store as "?" ({@link StorableText}),
     * with a message of its own; the field then shows the value back with U+FFFD in the half's place.
     */
    static void check(UIInput input, Object submitted, int maxlength) {
        if (!(submitted instanceof String text)) {
            return;
        }
        if (!StorableText.isStorable(text)) {
            input.setSubmittedValue(StorableText.shown(text)); // a lone half cannot be written into the page either
            String message = Texts.get("input.notValidUnicode");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        if (maxlength > 0 && text.length() > maxlength) {
            String message = Texts.get("input.useAtMostCharacters", Integer.toString(maxlength)); // "1000", not "1,000"
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }
}
