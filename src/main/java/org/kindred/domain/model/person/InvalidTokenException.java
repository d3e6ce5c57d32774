package org.kindred.domain.model.person;

/** A setup link that is unknown, used or expired. The message is safe to show to the person. */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }
}
