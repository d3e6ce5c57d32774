package org.kindred.interfaces.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.SessionView;

/** Facilitator: my upcoming sessions across all my groups; moving and cancelling is {@link SessionChangeForm}. */
@Named
@ViewScoped
public class FacilitatorSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient CurrentPerson me;

    private transient List<SessionView> sessions;

    public List<SessionView> getSessions() {
        if (sessions == null) {
            sessions = views.upcomingForFacilitator(me.caller());
        }
        return sessions;
    }

    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) ScheduleChanged changed) {
        sessions = null;
    }
}
