package org.kindred.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.kindred.application.session.ScheduleResult;

/** What a booking did, as messages: how many sessions, the dates skipped or moved, and any warnings. */
final class Outcomes {

    private Outcomes() {
    }

    static void show(ScheduleResult result, String zone) {
        Messages.info(result.sessions() == 1 ? "1 session booked." : result.sessions() + " sessions booked.");
        if (!result.skipped().isEmpty()) {
            Messages.info("Skipped because they clashed: " + String.join("; ", SessionTexts.dates(result.skipped(), zone)) + ".");
        }
        if (!result.moved().isEmpty()) {
            Messages.info("Held in the other room: " + String.join("; ", SessionTexts.dates(result.moved(), zone)) + ".");
        }
        for (String warning : result.warnings()) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Please note: " + warning, null));
        }
    }
}
