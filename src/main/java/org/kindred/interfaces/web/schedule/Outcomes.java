package org.kindred.interfaces.web.schedule;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.kindred.application.session.ScheduleResult;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** What a booking did, as messages: how many sessions, the dates skipped or moved, and any warnings. */
final class Outcomes {

    private Outcomes() {
    }

    static void show(ScheduleResult result, String zone) {
        Messages.info(result.sessions() == 1 ? Texts.get("outcomes.oneBooked") : Texts.get("outcomes.booked", String.valueOf(result.sessions())));
        if (!result.skipped().isEmpty()) {
            Messages.info(Texts.get("outcomes.skipped", String.join("; ", SessionTexts.dates(result.skipped(), zone))));
        }
        if (!result.moved().isEmpty()) {
            Messages.info(Texts.get("outcomes.moved", String.join("; ", SessionTexts.dates(result.moved(), zone))));
        }
        for (String warning : result.warnings()) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.get("outcomes.warning", warning), null));
        }
    }
}
