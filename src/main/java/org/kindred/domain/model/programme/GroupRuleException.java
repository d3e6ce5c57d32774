package org.kindred.domain.model.programme;

/**
 * A request that breaks a rule of groups or templates. The message is written for the person who
 * made the request; {@link #field()} names the input it is about, where there is one.
 */
public class GroupRuleException extends RuntimeException {

    private final String field;

    public GroupRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public GroupRuleException(String message) {
        this(null, message);
    }

    public String field() {
        return field;
    }
}
