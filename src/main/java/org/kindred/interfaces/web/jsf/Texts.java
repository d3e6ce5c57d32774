package org.kindred.interfaces.web.jsf;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The web layer's own sentences, from the same bundle as the pages' #{msg[...]}: a translation needs only
 * another messages_xx.properties. A text with values is a {@link MessageFormat} pattern ({0}, {1}); one
 * without is shown as it is written.
 */
public final class Texts {

    public static final String BUNDLE = "org.kindred.interfaces.web.messages";

    private Texts() {
    }

    public static String get(String key, Object... values) {
        Locale locale = locale();
        String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return values.length == 0 ? text : new MessageFormat(text, locale).format(values);
    }

    /** The view's locale; en-GB outside a Faces request (a unit test, a page bean made early). */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.UK : faces.getViewRoot().getLocale();
    }
}
