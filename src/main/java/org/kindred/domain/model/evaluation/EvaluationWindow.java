package org.kindred.domain.model.evaluation;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session's evaluation can be answered: from its start until two weeks later. Its results are
 * released when it closes and never change after: no figure anyone else can read moves with each
 * answer, so nobody can read one person's answer off the difference (docs/adr/0017-evaluation-release.md).
 */
public final class EvaluationWindow {

    public static final Duration OPEN_FOR = Duration.ofDays(14);

    private EvaluationWindow() {
    }

    public static Instant closesAt(Instant startsAt) {
        return startsAt.plus(OPEN_FOR);
    }

    /** Answers are taken until the window closes; results are shown only from then on. */
    public static boolean closed(Instant startsAt, Instant now) {
        return !now.isBefore(closesAt(startsAt));
    }
}
