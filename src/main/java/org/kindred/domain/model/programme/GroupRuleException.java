package org.kindred.domain.model.programme;

import org.kindred.domain.model.RuleException;

/** A request that breaks a rule of groups or templates. */
public class GroupRuleException extends RuleException {

    public GroupRuleException(String field, String message) {
        super(field, message);
    }

    public GroupRuleException(String message) {
        this(null, message);
    }
}
