package org.kindred.interfaces.web.jsf;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * PrimeFaces' text input, refusing a value over its maxlength, or text the database cannot store, with a
 * message: {@link InputLimits}.
 */
public class LimitedInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputLimits.keepWhole(context, (InputText) component, ((InputText) component).getMaxlength());
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        InputLimits.check((InputText) component, submittedValue, ((InputText) component).getMaxlength());
        return super.getConvertedValue(context, component, submittedValue);
    }
}
