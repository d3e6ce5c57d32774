package org.kindred.domain.model.invitation;

import java.time.Instant;
import java.util.function.Supplier;

/** What makes accept/decline links single-use and verifiable by every server instance. */
public interface ReplyLinkLedger {

    /** Marks a link used; false when it was used before. */
    boolean markUsed(String tokenHash, Instant now);

    boolean isUsed(String tokenHash);

    /** Forgets uses older than {@code before}: those links have expired anyway. */
    int purge(Instant before);

    /** The shared signing secret, made with {@code generate} the first time any instance asks. */
    String signingSecret(Supplier<String> generate);
}
