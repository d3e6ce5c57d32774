package org.kindred.interfaces.web.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kindred.application.session.ClashException;
import org.kindred.application.session.ScheduleViews.RoomView;
import org.kindred.application.session.ScheduleViews.SeriesView;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.domain.model.session.Clash;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * How sessions read on the pages (#{when...}): wall-clock times in the session's own zone, with the zone
 * named, e.g. "Tue 5 Jan 2027, 12:30 (Europe/London)"; places; plain-English repeat rules.
 */
@Named("when")
@ApplicationScoped
public class SessionTexts {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public String at(LocalDateTime time, String zone) {
        return time == null ? "" : DATE_TIME.format(time) + " (" + zone + ")";
    }

    /** "Tue 5 Jan 2027, 12:30–13:30 (Europe/London)". */
    public String span(SessionView s) {
        if (s == null) {
            return "";
        }
        String end = s.end().toLocalDate().equals(s.start().toLocalDate()) ? TIME.format(s.end()) : DATE_TIME.format(s.end());
        return DATE_TIME.format(s.start()) + "–" + end + " (" + s.zone() + ")";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    /** "Seminar Room A, Northfield General Hospital", "Online", or both for a hybrid session. */
    public String place(SessionView s) {
        if (s == null) {
            return "";
        }
        String room = s.room() == null ? null : s.room() + (s.site() == null ? "" : ", " + s.site());
        boolean online = s.onlineLink() != null && !s.onlineLink().isBlank();
        if (room == null) {
            return Texts.get(online ? "when.online" : "when.placeToBeConfirmed");
        }
        return online ? Texts.get("when.roomAndOnline", room) : room;
    }

    public String status(SessionView s) {
        if (s.cancelled()) {
            return Texts.get("when.cancelled");
        }
        return Texts.get(s.moved() ? "when.moved" : "when.goingAhead");
    }

    /** A panellist's answer in words. */
    public String panelStatus(String status) {
        return switch (status == null ? "" : status) {
            case "INVITED" -> Texts.get("when.panel.invited");
            case "CONSENTED" -> Texts.get("when.panel.consented");
            case "DECLINED" -> Texts.get("when.panel.declined");
            case "WITHDRAWN" -> Texts.get("when.panel.withdrawn");
            default -> "";
        };
    }

    /** A room as a choice: "Seminar Room A, Northfield General Hospital (seats 12)". */
    public String room(RoomView r) {
        return Texts.get("when.roomChoice", r.name(), r.site(), r.capacity());
    }

    /** A session's name where its title is its group's: Round meetings say what they are. */
    public String title(SessionView s) {
        return switch (s.kind()) {
            case ROUND -> Texts.get("when.round", s.title());
            case ROUND_PREPARATION -> Texts.get("when.roundPreparation", s.title());
            case ROUND_DEBRIEF -> Texts.get("when.roundDebrief", s.title());
            default -> s.title();
        };
    }

    /** A series' heading: how it repeats, or which part of a Round it is. */
    public String series(SeriesView series) {
        SeriesKind kind = series.sessions().isEmpty() ? SeriesKind.GROUP_SESSION : series.sessions().get(0).kind();
        return switch (kind) {
            case ROUND -> Texts.get("when.series.round");
            case ROUND_PREPARATION -> Texts.get("when.series.roundPreparation");
            case ROUND_DEBRIEF -> Texts.get("when.series.roundDebrief");
            default -> repeats(series.rule());
        };
    }

    /** The series' rule in plain English. */
    public String repeats(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return Texts.get("when.repeats.oneOff");
        }
        String shape;
        if (rrule.contains("FREQ=WEEKLY")) {
            shape = rrule.contains("INTERVAL=2") ? "when.repeats.fortnightly" : "when.repeats.weekly";
        } else if (rrule.contains("FREQ=MONTHLY") && rrule.contains("BYMONTHDAY")) {
            shape = "when.repeats.monthlyByDate";
        } else if (rrule.contains("FREQ=MONTHLY")) {
            shape = "when.repeats.monthlyByWeekday";
        } else {
            shape = "when.repeats.other";
        }
        return Texts.get(shape);
    }

    /** One line per clashing date, e.g. "Tue 5 Jan 2027, 12:30 (Europe/London): Seminar Room A is booked at this time." */
    public static List<String> clashLines(ClashException e, String zone) {
        return e.clashes().stream().map(c -> line(c, zone)).toList();
    }

    /** For a single session moved: what is in the way, once each (the dates would be the old ones). */
    public static List<String> clashDetails(ClashException e) {
        return e.clashes().stream().map(Clash::detail).distinct().toList();
    }

    private static String line(Clash c, String zone) {
        return DATE_TIME.format(c.originalStart()) + " (" + zone + "): " + c.detail();
    }

    static List<String> dates(List<LocalDateTime> times, String zone) {
        return times.stream().map(t -> DATE_TIME.format(t) + " (" + zone + ")").toList();
    }
}
