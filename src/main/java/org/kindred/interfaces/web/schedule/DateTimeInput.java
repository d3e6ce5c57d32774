package org.kindred.interfaces.web.schedule;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * A date and a time typed into two plain inputs (type="date" and type="time", which browsers make
 * accessible), read together as one wall-clock time.
 */
public class DateTimeInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private LocalTime time;

    public DateTimeInput() {
    }

    public DateTimeInput(LocalDateTime value) {
        set(value);
    }

    /**
     * Null when both are empty (the service says what is missing); a field error naming the
     * empty one when only one is given.
     */
    LocalDateTime value(String dateField, String timeField) {
        if (date == null && time == null) {
            return null;
        }
        if (date == null) {
            throw new RuleException(dateField, Texts.get("dateTimeInput.giveTheDateAsWell"));
        }
        if (time == null) {
            throw new RuleException(timeField, Texts.get("dateTimeInput.giveTheTimeAsWell"));
        }
        return date.atTime(time);
    }

    void set(LocalDateTime value) {
        date = value == null ? null : value.toLocalDate();
        time = value == null ? null : value.toLocalTime();
    }

    void clear() {
        set(null);
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getTime() { return time; }
    public void setTime(LocalTime time) { this.time = time; }
}
