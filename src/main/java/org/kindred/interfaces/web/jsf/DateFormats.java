package org.kindred.interfaces.web.jsf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kindred.application.PortalSettings;

/** en-GB dates and times in the organisation's zone, whatever the server's zone: #{dates.dateTime(x)}. */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Inject
    PortalSettings settings;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(settings.timeZone()));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(settings.timeZone()));
    }

    /** A wall-clock time already in the organisation's zone (a session's start as its views give it). */
    public String local(java.time.LocalDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    public String today() {
        return date(Instant.now());
    }

    public String zone() {
        return settings.timeZone().getId();
    }
}
