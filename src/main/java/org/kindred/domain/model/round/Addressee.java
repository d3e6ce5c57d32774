package org.kindred.domain.model.round;

import java.util.Objects;

/**
 * Someone an organiser asked to a Round by typing their work email address: the person at that
 * address, and the address as the organiser typed it (normalised). Organisers are shown the address,
 * never the person's name, so that asking tells them nothing about who has an account.
 */
public record Addressee(long personId, String email) {

    public Addressee {
        Objects.requireNonNull(email, "email");
    }

    /** Never the address: this may end up in a log line. */
    @Override
    public String toString() {
        return "Addressee[" + personId + "]";
    }
}
