package org.kindred.domain.model.session;

import java.time.LocalDateTime;

/**
 * One occurrence that cannot happen as planned.
 *
 * @param originalStart the occurrence, by where the rule put it
 * @param reason        what is taken: the room, or a facilitator
 */
public record Clash(LocalDateTime originalStart, Reason reason, String detail) {

    public enum Reason { ROOM, FACILITATOR }
}
