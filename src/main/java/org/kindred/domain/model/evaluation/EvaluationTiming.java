package org.kindred.domain.model.evaluation;

/**
 * When a group's members are asked for the anonymous evaluation. A short course (Helping the Helper,
 * a skills group) is often judged as a whole, and asking after every session tires people of the
 * form; an open-ended group is asked after each session.
 */
public enum EvaluationTiming {

    /** After every session (the default). */
    EACH_SESSION,

    /** Once, after the group's last scheduled session. */
    END_OF_PROGRAMME;

    /** What a member is told about any other session of an END_OF_PROGRAMME group. */
    public static final String ONCE_AT_THE_END = "This group is evaluated once, after its last session.";

    /**
     * Whether this session is one the group evaluates.
     *
     * @param lastSessionId the group's last scheduled session, or null when it has none
     */
    public boolean evaluates(long occurrenceId, Long lastSessionId) {
        return this == EACH_SESSION || lastSessionId != null && lastSessionId == occurrenceId;
    }
}
