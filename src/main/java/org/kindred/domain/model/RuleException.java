package org.kindred.domain.model;

/**
 * A request that breaks a rule of the domain. The message is written for the person who made the
 * request; {@link #field()} names the input it is about, where there is one, so that a page can put
 * the message beside that field and the API can name it.
 */
public class RuleException extends RuntimeException {

    private final String field;

    public RuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
