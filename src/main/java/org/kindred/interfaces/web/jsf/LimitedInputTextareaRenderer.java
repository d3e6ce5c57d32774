package org.kindred.interfaces.web.jsf;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text area, refusing a value over its maxlength, or text the database cannot store, with a
 * message: {@link InputLimits}.
 */
public class LimitedInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputLimits.keepWhole(context, (InputTextarea) component, ((InputTextarea) component).getMaxlength());
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        InputLimits.check((InputTextarea) component, submittedValue, ((InputTextarea) component).getMaxlength());
        return super.getConvertedValue(context, component, submittedValue);
    }
}
