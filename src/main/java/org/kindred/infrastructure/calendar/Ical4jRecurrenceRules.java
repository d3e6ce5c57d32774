package org.kindred.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import org.kindred.domain.model.session.Recurrence;
import org.kindred.domain.model.session.RecurrencePattern;
import org.kindred.domain.model.session.RecurrenceRules;
import org.kindred.domain.model.session.ScheduleException;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Recurrence rules through iCal4j. Expansion seeds the rule with a {@link ZonedDateTime} in the
 * series' zone, so every occurrence keeps the first one's wall-clock time across daylight-saving
 * changes (12:30 in March is 12:30 in November), exactly as a calendar client reading TZID does.
 */
@ApplicationScoped
public class Ical4jRecurrenceRules implements RecurrenceRules {

    static final int MAX_RULE_LENGTH = 200;
    private static final Set<String> KNOWN_PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST");
    private static final String SHAPES = "Kindred repeats sessions weekly, fortnightly, or monthly on a date or "
            + "on a weekday such as the second Tuesday.";

    @Override
    public Recurrence parse(String rrule, LocalDateTime firstStart, ZoneId zone) {
        if (rrule == null || rrule.isBlank()) {
            throw invalid("Give the repeating rule, for example FREQ=WEEKLY;COUNT=10.");
        }
        String text = rrule.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        if (text.length() > MAX_RULE_LENGTH) {
            throw invalid("Use a rule of at most " + MAX_RULE_LENGTH + " characters.");
        }
        Map<String, String> parts = parts(text);
        try {
            new Recur<ZonedDateTime>(text);
        } catch (RuntimeException e) {
            throw invalid("This rule could not be read. Write it like FREQ=WEEKLY;COUNT=10.");
        }
        for (String key : parts.keySet()) {
            if (!KNOWN_PARTS.contains(key)) {
                throw invalid(key + " is not supported. " + SHAPES);
            }
        }
        if (!parts.containsKey("COUNT") && !parts.containsKey("UNTIL")) {
            throw invalid("A series needs an end: add COUNT (a number of sessions) or UNTIL (a last date).");
        }
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            throw invalid("Give COUNT or UNTIL, not both.");
        }
        RecurrencePattern pattern = pattern(parts, firstStart);
        Integer count = parts.containsKey("COUNT") ? number(parts.get("COUNT"), "COUNT") : null;
        LocalDate until = parts.containsKey("UNTIL") ? untilDate(parts.get("UNTIL"), zone) : null;
        return new Recurrence(pattern, count, until);
    }

    @Override
    public List<LocalDateTime> expand(Recurrence recurrence, LocalDateTime firstStart, ZoneId zone) {
        Recur<ZonedDateTime> recur = new Recur<>(recurrence.rrule(firstStart, zone));
        ZonedDateTime seed = firstStart.atZone(zone);
        // one year past the longest series allowed, so that a longer one is seen and refused
        ZonedDateTime horizon = seed.plusYears(SessionSeries.MAX_YEARS + 1L);
        return recur.getDates(seed, seed, horizon).stream().map(ZonedDateTime::toLocalDateTime).toList();
    }

    private static Map<String, String> parts(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw invalid("This rule could not be read. Write it like FREQ=WEEKLY;COUNT=10.");
            }
            if (parts.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                throw invalid(part.substring(0, eq) + " is given twice.");
            }
        }
        return parts;
    }

    private static RecurrencePattern pattern(Map<String, String> parts, LocalDateTime firstStart) {
        String freq = parts.getOrDefault("FREQ", "");
        int interval = parts.containsKey("INTERVAL") ? number(parts.get("INTERVAL"), "INTERVAL") : 1;
        String byDay = parts.get("BYDAY");
        String byMonthDay = parts.get("BYMONTHDAY");
        WeekDay firstDay = WeekDay.getWeekDay(firstStart.getDayOfWeek());
        switch (freq) {
            case "WEEKLY" -> {
                if (byMonthDay != null) {
                    throw invalid("BYMONTHDAY does not fit a weekly rule. " + SHAPES);
                }
                if (byDay != null && !byDay.equals(firstDay.toString())) {
                    throw invalid("A weekly series meets on one day, the first session's: BYDAY=" + firstDay + ".");
                }
                if (interval == 1) {
                    return RecurrencePattern.WEEKLY;
                }
                if (interval == 2) {
                    return RecurrencePattern.FORTNIGHTLY;
                }
                throw invalid("A weekly series repeats every week or every other week (INTERVAL=1 or 2).");
            }
            case "MONTHLY" -> {
                if (interval != 1) {
                    throw invalid("A monthly series repeats every month (INTERVAL=1).");
                }
                if (byDay != null && byMonthDay != null) {
                    throw invalid("Give BYDAY or BYMONTHDAY, not both. " + SHAPES);
                }
                if (byDay != null) {
                    int nth = (firstStart.getDayOfMonth() - 1) / 7 + 1;
                    String expected = nth + firstDay.toString();
                    if (!byDay.equals(expected)) {
                        throw invalid("The first session falls on BYDAY=" + expected
                                + "; a monthly series meets on that one weekday of each month.");
                    }
                    return RecurrencePattern.MONTHLY_BY_WEEKDAY;
                }
                if (byMonthDay != null && number(byMonthDay, "BYMONTHDAY") != firstStart.getDayOfMonth()) {
                    throw invalid("The first session falls on BYMONTHDAY=" + firstStart.getDayOfMonth()
                            + "; a monthly series meets on that one date of each month.");
                }
                return RecurrencePattern.MONTHLY_BY_DATE;
            }
            case "" -> throw invalid("Say how often the sessions repeat, with FREQ=WEEKLY or FREQ=MONTHLY.");
            default -> throw invalid("FREQ=" + freq + " is not supported. " + SHAPES);
        }
    }

    private static int number(String value, String key) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key + " must be a whole number.");
        }
    }

    /** UNTIL may be a DATE, a local DATE-TIME or a UTC DATE-TIME; the series ends on that day in its zone. */
    private static LocalDate untilDate(String value, ZoneId zone) {
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                        .atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
            }
            return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).toLocalDate();
        } catch (DateTimeParseException e) {
            throw invalid("UNTIL must be a date like 20271231 or a time like 20271231T235959Z.");
        }
    }

    private static ScheduleException invalid(String message) {
        return new ScheduleException("rrule", message);
    }
}
