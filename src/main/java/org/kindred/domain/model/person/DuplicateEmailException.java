package org.kindred.domain.model.person;

/** Another account took the address first: the database's unique rule decided. */
public class DuplicateEmailException extends RuntimeException {

    public DuplicateEmailException() {
        super("email address already in use");
    }
}
