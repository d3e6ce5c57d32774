package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.SchedulingService;
import org.kindred.application.session.SeriesPlan;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.DateFormats;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: one extra session for the group, outside its series. A clash is refused with the reason. */
@Named
@ViewScoped
public class OneOffSessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient GroupSchedulePage page;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient DateFormats dates;

    @Inject
    transient Event<ScheduleChanged> changed;

    private SessionFields session = new SessionFields();
    private List<String> clashes = List.of();

    public void add() {
        clashes = List.of();
        try {
            SeriesPlan plan = SeriesPlan.oneOff(session.start("firstStart", "firstStartTime"), session.getMinutes(),
                    session.getRoomId(), session.getOnlineLink());
            Outcomes.show(scheduling.schedule(me.caller(), page.getGroup(), plan, null), dates.zone());
            session = new SessionFields();
            changed.fire(new ScheduleChanged());
        } catch (ClashException e) {
            clashes = SessionTexts.clashLines(e, dates.zone());
            Messages.error(null, Texts.get("oneOffSessionForm.theExtraSessionClashesSo"));
        } catch (RuleException e) {
            Messages.rule("oneOff", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.groupNotYoursToSchedule"));
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public List<String> getClashes() { return clashes; }
    public SessionFields getSession() { return session; }
}
