package org.kindred.domain.model.session;

/** What a series is for. A Schwartz Round has three linked ones: the Round, its preparation and its debrief. */
public enum SeriesKind {
    GROUP_SESSION, ROUND, ROUND_PREPARATION, ROUND_DEBRIEF;

    /** The debrief is held with the panel in the Round's room, straight after: the Round's booking covers it. */
    public static final int DEBRIEF_MINUTES = 15;

    /** Minutes the room stays taken after the session ends, before its clear-down buffer. */
    public int roomHeldAfterMinutes() {
        return this == ROUND ? DEBRIEF_MINUTES : 0;
    }

    public boolean booksRoom() {
        return this != ROUND_DEBRIEF;
    }
}
