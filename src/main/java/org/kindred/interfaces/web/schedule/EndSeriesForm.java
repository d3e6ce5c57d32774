package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.session.ScheduleViews.SeriesView;
import org.kindred.application.session.SchedulingService;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Organiser: end a series early, so that no session falls after a chosen date. */
@Named
@ViewScoped
public class EndSeriesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SchedulingService scheduling;

    @Inject
    transient SessionTexts when;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient Event<ScheduleChanged> changed;

    private Long seriesId;
    private String what;
    private LocalDate lastDate;

    public void start(SeriesView series) {
        seriesId = series.id();
        what = series.sessions().isEmpty() ? when.repeats(series.rule())
                : Texts.get("endSeriesForm.seriesFrom", when.repeats(series.rule()), when.date(series.sessions().get(0).start().toLocalDate()));
        lastDate = null;
    }

    public void end() {
        if (lastDate == null) {
            Messages.field("end", "lastDate", Texts.get("endSeriesForm.giveTheDateOfThe"));
            return;
        }
        try {
            scheduling.end(me.caller(), seriesId, lastDate);
            Messages.info(Texts.get("endSeriesForm.ended", when.date(lastDate)));
            back();
            changed.fire(new ScheduleChanged());
        } catch (RuleException e) {
            Messages.rule("end", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("endSeriesForm.thisSeriesIsNoLonger"));
            back();
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void back() {
        seriesId = null;
        lastDate = null;
    }

    public Long getSeriesId() { return seriesId; }
    public String getWhat() { return what; }
    public LocalDate getLastDate() { return lastDate; }
    public void setLastDate(LocalDate lastDate) { this.lastDate = lastDate; }
}
