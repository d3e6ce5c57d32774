package org.kindred.infrastructure.calendar;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A compact VTIMEZONE for a zone, made from the JDK's current rules: a STANDARD and a DAYLIGHT
 * observance with yearly rules (Europe/London: last Sunday of March and of October), or a single
 * STANDARD for a zone without daylight saving. This is the form Outlook, Google and Apple read best;
 * iCal4j's bundled definitions carry every change since the 1840s under a tzurl.org TZID.
 */
final class VTimeZones {

    private VTimeZones() {
    }

    static VTimeZone of(ZoneId zone, LocalDateTime from) {
        ZoneRules rules = zone.getRules();
        VTimeZone vtimezone = new VTimeZone();
        vtimezone.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.size() == 2 && yearly.stream().allMatch(VTimeZones::expressible)) {
            for (ZoneOffsetTransitionRule rule : yearly) {
                ZoneOffsetTransition first = rule.createTransition(1970);
                Observance observance = first.isGap() ? new Daylight() : new Standard();
                observance.add(new TzName(name(zone, first.isGap())));
                observance.add(new TzOffsetFrom(first.getOffsetBefore()));
                observance.add(new TzOffsetTo(first.getOffsetAfter()));
                observance.add(new DtStart<>(first.getDateTimeBefore()));
                observance.add(new RRule<>(rrule(rule)));
                vtimezone.add(observance);
            }
            return vtimezone;
        }
        // No current yearly rule (or one a BYDAY cannot say): the offsets from the first event on, as
        // explicit transitions over the next ten years.
        java.time.Instant start = from.atZone(zone).toInstant();
        ZoneOffset offset = rules.getOffset(start);
        Standard standard = new Standard();
        standard.add(new TzName(name(zone, false)));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        vtimezone.add(standard);
        ZoneOffsetTransition next = rules.nextTransition(start);
        java.time.Instant end = start.plus(java.time.Duration.ofDays(3660));
        while (next != null && next.getInstant().isBefore(end)) {
            Observance change = next.isGap() ? new Daylight() : new Standard();
            change.add(new TzName(name(zone, next.isGap())));
            change.add(new TzOffsetFrom(next.getOffsetBefore()));
            change.add(new TzOffsetTo(next.getOffsetAfter()));
            change.add(new DtStart<>(next.getDateTimeBefore()));
            change.add(new RDate<>(new net.fortuna.ical4j.model.DateList<>(next.getDateTimeBefore())));
            vtimezone.add(change);
            next = rules.nextTransition(next.getInstant());
        }
        return vtimezone;
    }

    /** "Sunday on or after the 25th" of a 31-day month is its last Sunday; "on or after the 8th" the second. */
    private static boolean expressible(ZoneOffsetTransitionRule rule) {
        int day = rule.getDayOfMonthIndicator();
        return rule.getDayOfWeek() != null && !rule.isMidnightEndOfDay()
                && (day < 0 || (day - 1) % 7 == 0 || day + 6 == rule.getMonth().maxLength());
    }

    private static String rrule(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        int day = rule.getDayOfMonthIndicator();
        int ordinal;
        if (day < 0 || day + 6 == month.maxLength()) {
            ordinal = -1;
        } else {
            ordinal = (day - 1) / 7 + 1;
        }
        return "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYDAY=" + ordinal
                + rule.getDayOfWeek().name().substring(0, 2);
    }

    private static String name(ZoneId zone, boolean daylight) {
        return java.util.TimeZone.getTimeZone(zone).getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.UK);
    }
}
