package org.kindred.interfaces.web.round;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.RoundView;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.schedule.ScheduleChanged;

/** Organiser: the organisation's Schwartz Rounds with their panels, preparation and debrief. */
@Named
@ViewScoped
public class RoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient CurrentPerson me;

    private transient List<RoundView> rounds;

    public List<RoundView> getRounds() {
        if (rounds == null) {
            rounds = views.rounds(me.caller());
        }
        return rounds;
    }

    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) ScheduleChanged changed) {
        rounds = null;
    }
}
