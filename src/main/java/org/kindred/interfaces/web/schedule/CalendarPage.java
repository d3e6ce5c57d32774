package org.kindred.interfaces.web.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.kindred.application.session.ScheduleViews;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.application.session.ScheduleViews.RoundView;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.DateFormats;
import org.kindred.interfaces.web.jsf.Texts;
import org.kindred.interfaces.web.room.RoomChoices;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * Organiser: every session of the organisation on a calendar, filtered by site or room. The same
 * sessions are listed month by month below it, for keyboards and screen readers.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleViews views;

    @Inject
    transient RoomChoices rooms;

    @Inject
    transient SessionTexts when;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient DateFormats dates;

    private Long siteId;
    private Long roomId;
    private YearMonth month;
    private transient List<SessionView> listed;
    private transient Map<Long, String> roundTitles;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (SessionView s : sessions(start.toLocalDate(), end.toLocalDate())) {
                addEvent(DefaultScheduleEvent.builder().id(String.valueOf(s.occurrenceId())).title(title(s))
                        .startDate(s.start()).endDate(s.end()).editable(false)
                        .styleClass(s.cancelled() ? "cancelled" : null).build());
            }
        }
    };

    @PostConstruct
    void start() {
        month = YearMonth.now(ZoneId.of(dates.zone()));
    }

    private List<SessionView> sessions(LocalDate from, LocalDate to) {
        return views.calendar(me.caller(), from, to, siteId, roomId).stream()
                .filter(s -> !s.start().toLocalDate().isBefore(from) && s.start().toLocalDate().isBefore(to)).toList();
    }

    private String title(SessionView s) {
        return Texts.get(s.cancelled() ? "calendarPage.cancelledEvent" : "calendarPage.event", titleOf(s), when.place(s));
    }

    /** The group's name, or for a Round's meetings their own title ("Preparation: topic"). */
    public String titleOf(SessionView s) {
        if (s.kind() == SeriesKind.GROUP_SESSION) {
            return s.title();
        }
        if (roundTitles == null) {
            roundTitles = new HashMap<>();
            for (RoundView r : views.rounds(me.caller())) {
                Stream.of(r.round(), r.preparation(), r.debrief()).filter(Objects::nonNull)
                        .forEach(v -> roundTitles.put(v.seriesId(), v.title()));
            }
        }
        return roundTitles.getOrDefault(s.seriesId(), when.title(s));
    }

    /** The chosen month's sessions, for the list. */
    public List<SessionView> getListed() {
        if (listed == null) {
            listed = sessions(month.atDay(1), month.plusMonths(1).atDay(1));
        }
        return listed;
    }

    public record Site(long id, String name) {
    }

    public List<Site> getSites() {
        Map<Long, String> sites = new LinkedHashMap<>();
        rooms.getRooms().forEach(r -> sites.putIfAbsent(r.siteId(), r.site()));
        return sites.entrySet().stream().map(e -> new Site(e.getKey(), e.getValue())).toList();
    }

    public List<RoomView> getRoomsOfSite() {
        return rooms.getRooms().stream().filter(r -> siteId == null || r.siteId() == siteId).toList();
    }

    /** The filter changed: a room of another site no longer applies. */
    public void filter() {
        if (roomId != null && getRoomsOfSite().stream().noneMatch(r -> r.id() == roomId)) {
            roomId = null;
        }
        listed = null;
    }

    public void previousMonth() {
        month = month.minusMonths(1);
        listed = null;
    }

    public void nextMonth() {
        month = month.plusMonths(1);
        listed = null;
    }

    public String getMonthName() {
        return when.month(month);
    }

    public ScheduleModel getModel() { return model; }
    public YearMonth getMonth() { return month; }
    public LocalDate getFirstDay() { return month.atDay(1); }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) {
        listed = Objects.equals(siteId, this.siteId) ? listed : null;
        this.siteId = siteId;
    }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) {
        listed = Objects.equals(roomId, this.roomId) ? listed : null;
        this.roomId = roomId;
    }
}
