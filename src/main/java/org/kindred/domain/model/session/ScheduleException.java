package org.kindred.domain.model.session;

import org.kindred.domain.model.RuleException;

/** A schedule that breaks a rule: no end, too long, before it starts, in an unknown zone... */
public class ScheduleException extends RuleException {

    public ScheduleException(String field, String message) {
        super(field, message);
    }
}
