package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A work email address, normalised to lower case so that it identifies one account however it is
 * typed. The check is deliberately plain: the mail server is the judge of deliverability.
 */
@Embeddable
public class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(name = "email", nullable = false, unique = true, length = MAX_LENGTH)
    private String value;

    protected EmailAddress() {
        // for JPA
    }

    public EmailAddress(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Email address is required");
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Email address must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(normalised).matches()) {
            throw new IllegalArgumentException("Email address is not valid");
        }
        this.value = normalised;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the address itself: this may end up in a log line. */
    @Override
    public String toString() {
        return "EmailAddress[redacted]";
    }
}
