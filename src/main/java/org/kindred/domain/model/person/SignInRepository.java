package org.kindred.domain.model.person;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signed-in sessions of people, and their pending changes of sign-in address. */
public interface SignInRepository {

    void add(SignedInSession session);

    List<SignedInSession> sessionsOf(long personId);

    /** Records activity; no-op when the session has been ended meanwhile. */
    void seen(String keyHash, Instant at);

    /** Ends one session of the person; false when it is not theirs or is gone. */
    boolean end(long personId, long sessionId);

    /** Ends the session with this key, if it is still there. */
    void endByKey(String keyHash);

    /** Ends all of a person's sessions but the one with the given key (null: all of them). */
    int endAllBut(long personId, String keepKeyHash);

    /**
     * Whoever may have held the person's old password loses what it gave them: every session but the one
     * with the given key (null: all), and any address change asked for and not yet confirmed, whose link
     * would otherwise still move the account to another mailbox. For a new password and a deactivation.
     */
    default void revokeAllBut(long personId, String keepKeyHash) {
        endAllBut(personId, keepKeyHash);
        dropPendingEmailChanges(personId);
    }

    /** Ends the sessions not seen since, or started before, the given instants. */
    int endStale(Instant notSeenSince, Instant startedBefore);

    void add(EmailChange change);

    /** Removes the person's unconfirmed requests: a new request replaces them. */
    void dropPendingEmailChanges(long personId);

    Optional<EmailChange> lockEmailChangeByHash(String tokenHash);

    Optional<EmailChange> emailChangeByHash(String tokenHash);

    /** Removes requests used or expired before the instant. */
    int purgeEmailChanges(Instant before);
}
