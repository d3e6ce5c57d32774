package org.kindred.application.access;

/** The request contradicts the current state (already a member, nothing to leave). Safe to show. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
