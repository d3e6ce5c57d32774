package org.kindred.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VEvent;
import org.kindred.domain.model.invitation.InvitationCards;

/** Reads the calendar part of an invitation with iCal4j, for the demo mailbox's card. */
@ApplicationScoped
public class Ical4jInvitationCards implements InvitationCards {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final int MAX_LENGTH = 256 * 1024;

    @Override
    public Optional<Card> read(String calendarText) {
        if (calendarText == null || calendarText.isBlank() || calendarText.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(calendarText));
        } catch (IOException | ParserException | RuntimeException e) {
            return Optional.empty();
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        VEvent event = events.get(0);
        String method = calendar.getProperty(Property.METHOD).map(Property::getValue).orElse("");
        String title = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
        ZonedDateTime start = time(event.getProperty(Property.DTSTART));
        ZonedDateTime end = time(event.getProperty(Property.DTEND));
        if (start == null) {
            return Optional.empty();
        }
        String rrule = event.getProperty(Property.RRULE).map(Property::getValue).orElse(null);
        return Optional.of(new Card(method.toUpperCase(Locale.ROOT), title, start, end, rrule));
    }

    private static ZonedDateTime time(Optional<Property> property) {
        if (property.isEmpty()) {
            return null;
        }
        String value = property.get().getValue();
        try {
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL).atZone(ZoneOffset.UTC);
            }
            ZoneId zone = property.get().getParameter(Parameter.TZID).map(p -> zone(p.getValue())).orElse(ZoneOffset.UTC);
            return LocalDateTime.parse(value, LOCAL).atZone(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneId zone(String tzid) {
        try {
            return ZoneId.of(tzid);
        } catch (DateTimeException e) {
            try {
                return TimeZoneRegistry.getGlobalZoneId(tzid);
            } catch (RuntimeException unknown) {
                return ZoneOffset.UTC;
            }
        }
    }
}
