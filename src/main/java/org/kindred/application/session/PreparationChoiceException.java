package org.kindred.application.session;

import java.time.LocalDateTime;
import org.kindred.application.Formats;
import org.kindred.application.access.ConflictException;

/**
 * A Round is being moved to another day and its preparation meeting would stay where it is: the
 * organiser is offered to move it by the same amount, and must say yes or no. Nothing was changed.
 */
public class PreparationChoiceException extends ConflictException {

    private final LocalDateTime preparationStart;
    private final LocalDateTime suggestedStart;

    public PreparationChoiceException(LocalDateTime preparationStart, LocalDateTime suggestedStart) {
        super("The preparation meeting is on " + Formats.dateTime(preparationStart)
                + ". Move it to " + Formats.dateTime(suggestedStart) + " as well, or keep it?");
        this.preparationStart = preparationStart;
        this.suggestedStart = suggestedStart;
    }

    public LocalDateTime preparationStart() {
        return preparationStart;
    }

    public LocalDateTime suggestedStart() {
        return suggestedStart;
    }
}
