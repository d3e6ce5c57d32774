package org.kindred.application.access;

/**
 * The object does not exist, or the caller may not know that it does: object-level checks answer
 * the same either way, so that changing an id in a URL reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("Not found.");
    }
}
