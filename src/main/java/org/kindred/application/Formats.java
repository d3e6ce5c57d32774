package org.kindred.application;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read in messages: "Tue 5 Jan 2027, 12:30". */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String dateTime(LocalDateTime value) {
        return value.format(DATE_TIME);
    }
}
