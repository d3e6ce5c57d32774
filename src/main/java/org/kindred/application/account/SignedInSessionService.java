package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.kindred.domain.model.person.SignInRepository;
import org.kindred.domain.model.person.SignedInSession;

/**
 * A person's signed-in sessions (ASVS 5.0 7.4.3, 7.5.2; ADR 0024). Each sign-in gets a row, keyed by the
 * hash of a random 128-bit key that only the HTTP session holds; each request checks that its row is
 * still there, so a session ended here (from another device, by a password or address change, by a
 * deactivation) is signed out at its next request, on whichever server it lives.
 */
@ApplicationScoped
public class SignedInSessionService {

    /** The HTTP session attribute holding the session's key. */
    public static final String SESSION_KEY = "kindred.sessionKey";

    private static final Logger LOG = Logger.getLogger(SignedInSessionService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SignInRepository sessions;

    @Inject
    Clock clock;

    /** One of the person's sessions, as their account page lists it. */
    public record Listed(long id, String device, Instant started, Instant lastSeen, boolean current)
            implements java.io.Serializable {
    }

    /** Registers a new sign-in and returns its key, for the HTTP session only. */
    @Transactional
    public String begin(long personId, String userAgent) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.add(new SignedInSession(personId, hash(key), clock.instant(), DeviceHints.of(userAgent)));
        return key;
    }

    /** The hash under which a key is stored and looked up. */
    public static String hash(String key) {
        return SetupTokens.hash(key);
    }

    /** Records activity on the session (the caller does so at most once a minute). */
    @Transactional
    public void seen(String key, Instant at) {
        sessions.seen(hash(key), at);
    }

    /** The session with this key ends: signing out, or a limit reached. */
    @Transactional
    public void end(String key) {
        if (key != null) {
            sessions.endByKey(hash(key));
        }
    }

    /** The person's sessions, newest first, the one with the given key marked. */
    @Transactional
    public List<Listed> mine(long personId, String currentKey) {
        String current = currentKey == null ? null : hash(currentKey);
        return sessions.sessionsOf(personId).stream()
                .map(s -> new Listed(s.id(), s.deviceHint(), s.startedAt(), s.lastSeenAt(), s.keyHash().equals(current)))
                .toList();
    }

    /** Signs one of the person's own sessions out; false when it is not theirs or already gone. */
    @Transactional
    public boolean signOut(long personId, long sessionId) {
        boolean ended = sessions.end(personId, sessionId);
        if (ended) {
            LOG.info(() -> "person " + personId + " signed out one of their sessions");
        }
        return ended;
    }

    /** Signs out all the person's sessions but the one with the given key (null: all of them). */
    @Transactional
    public int signOutOthers(long personId, String currentKey) {
        int ended = sessions.endAllBut(personId, currentKey == null ? null : hash(currentKey));
        if (ended > 0) {
            LOG.info(() -> "person " + personId + ": " + ended + " other sessions signed out");
        }
        return ended;
    }

    /** Removes the sessions that outlived their idle or absolute limit (their HTTP sessions are gone too). */
    @Transactional
    public int endStale(Instant notSeenSince, Instant startedBefore) {
        return sessions.endStale(notSeenSince, startedBefore);
    }
}
