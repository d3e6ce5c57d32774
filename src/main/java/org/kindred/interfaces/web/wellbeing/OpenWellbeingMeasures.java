package org.kindred.interfaces.web.wellbeing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kindred.application.wellbeing.WellbeingService;
import org.kindred.application.wellbeing.WellbeingService.OpenMeasure;
import org.kindred.interfaces.CurrentPerson;

/** Participant: the wellbeing questionnaires waiting for me, for a link on my groups page. */
@Named
@RequestScoped
public class OpenWellbeingMeasures {

    @Inject
    WellbeingService wellbeing;

    @Inject
    CurrentPerson me;

    private List<OpenMeasure> measures;

    public List<OpenMeasure> getMeasures() {
        if (measures == null) {
            measures = wellbeing.openFor(me.caller());
        }
        return measures;
    }
}
