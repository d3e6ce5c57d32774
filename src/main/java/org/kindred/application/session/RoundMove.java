package org.kindred.application.session;

import java.time.LocalDateTime;

/**
 * A Round moved to a new time or place. {@code movePreparation} answers the offer to move the
 * preparation meeting by the same amount; it must be given when the Round changes day.
 */
public record RoundMove(LocalDateTime start, Long roomId, String onlineLink, Boolean movePreparation) {
}
