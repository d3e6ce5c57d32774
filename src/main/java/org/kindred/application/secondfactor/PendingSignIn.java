package org.kindred.application.secondfactor;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the HTTP session holds after a right password, before the second factor: whose password it was
 * and when. It grants nothing: no page but the code page reads it, and it expires after {@link #VALIDITY}.
 *
 * @param personId the person whose password was right
 * @param since when
 */
public record PendingSignIn(long personId, Instant since) implements Serializable {

    /** The HTTP session attribute that holds it. */
    public static final String SESSION_KEY = "kindred.pendingSecondFactor";

    public static final Duration VALIDITY = Duration.ofMinutes(5);

    public boolean expired(Instant now) {
        return !now.isBefore(since.plus(VALIDITY));
    }
}
