package org.kindred.application.session;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read in messages: "Tue 5 Jan 2027, 12:30". */
final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    static String dateTime(LocalDateTime value) {
        return value.format(DATE_TIME);
    }
}
