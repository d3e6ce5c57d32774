package org.kindred.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.Retry;
import org.kindred.application.account.SignedInSessionService;
import org.kindred.application.secondfactor.PendingSignIn;
import org.kindred.application.secondfactor.SecondFactorService;
import org.kindred.application.signin.OpenIdProvider;
import org.kindred.infrastructure.config.KindredSettings;
import org.kindred.infrastructure.config.SettingException;

/**
 * Form sign-in kept in the HTTP session, by person id.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession}
 * re-applies a stored Principal object on each request, and under concurrent load Payara then
 * sometimes loses the caller's groups and answers 403 to a signed-in person (payara/Payara#6145; seen
 * here with 14 participants at once). This mechanism notifies the container by caller name, a path
 * that does not touch that code, and reads the person's roles from the database on every request,
 * so a removed role or a deactivated account takes effect at once.
 *
 * <p>Not signed in: pages redirect to the login page (remembering a GET target); the API answers 401.
 *
 * <p>Sessions end after {@value KindredSettings#SESSION_IDLE_TIMEOUT} without a request (30 minutes)
 * and, however active, {@value KindredSettings#SESSION_ABSOLUTE_TIMEOUT} after signing in (12 hours):
 * pages are read on shared ward computers (ASVS 5.0 7.3.1, 7.3.2). The login page then says why.
 *
 * <p>Each sign-in is also a row of {@code signed_in_session}, found by the hash of a random key the HTTP
 * session holds (ADR 0024). The read of the person's roles checks that the row is still there, in the
 * same statement, so that a session ended from another one, by a password or address change or by an
 * admin is signed out at its next request, on any server. Activity is written to the row at most once a
 * minute ({@link #SEEN_EVERY}).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionAuthenticationMechanism.class.getName());

    static final String SIGNED_IN = "kindred.signedIn";
    public static final String RETURN_TO = "kindred.returnTo";
    static final String SIGNED_IN_AT = "kindred.signedInAt";
    static final String LAST_SEEN = "kindred.lastSeen";
    static final String LAST_RECORDED = "kindred.lastRecorded";
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(12);
    private static final Duration CONTAINER_GRACE = Duration.ofMinutes(10);

    /** Why a session was ended: the login page's {@code signedOut} parameter. */
    public enum Ending { IDLE, ABSOLUTE, ENDED }

    @Inject
    KindredIdentityStore identityStore;

    @Inject
    KindredSettings settings;

    @Inject
    Clock clock;

    @Inject
    SecondFactorService secondFactor;

    @Inject
    SignedInSessionService sessions;

    /** The last malformed-setting warning logged, so that it is not repeated on every request. */
    private volatile String lastWarning;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeadersFilter.apply(request, response);
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = credential instanceof VerifiedCaller verified
                    ? identityStore.validate(verified)
                    : identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (!(credential instanceof VerifiedCaller) && secondFactor.neededAfterPassword(
                    Long.parseLong(result.getCallerPrincipal().getName()), result.getCallerGroups())) {
                return awaitSecondFactor(request, context, result);
            }
            return signIn(request, context, result);
        }

        HttpSession session = request.getSession(false);
        Object personId;
        Object sessionKey = null;
        Optional<Ending> ending;
        try {
            personId = session == null ? null : session.getAttribute(SIGNED_IN);
            sessionKey = personId == null ? null : session.getAttribute(SignedInSessionService.SESSION_KEY);
            ending = personId == null ? Optional.empty() : ending(session);
            if (ending.isPresent()) {
                endRow(session);
                session.invalidate();
                personId = null;
            } else if (personId != null) {
                session.setAttribute(LAST_SEEN, clock.instant());
            }
        } catch (IllegalStateException invalidated) {
            // a parallel request (a sign-out, or the same limit seen twice) ended the session meanwhile
            personId = null;
            ending = Optional.empty();
        }
        if (personId instanceof String id) {
            Optional<Set<String>> groups;
            String key = sessionKey instanceof String k ? k : null; // read above: the session may end meanwhile
            try {
                groups = key == null ? Optional.empty()
                        : identityStore.currentGroups(Long.parseLong(id), SignedInSessionService.hash(key));
            } catch (RuntimeException e) {
                return unavailable(request, response, context, e);
            }
            if (groups.isPresent()) {
                recordActivity(session, key);
                return context.notifyContainerAboutLogin(id, groups.get());
            }
            // signed out elsewhere, deactivated or deleted since signing in
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // a parallel request ended it
            }
            ending = Optional.of(Ending.ENDED);
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return notSignedIn(response, context);
        }
        String why = ending.map(e -> "?signedOut=" + e.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
        // only a page is worth returning to: not the icon or a script the browser fetched meanwhile
        if ("GET".equals(request.getMethod()) && path.endsWith(".xhtml")) {
            request.getSession(true).setAttribute(RETURN_TO,
                    path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        return context.redirect(request.getContextPath() + "/login.xhtml" + why);
    }

    /**
     * The one place a sign-in completes, whatever established the identity: the session remembers the
     * person by id and the moment, for the idle and absolute limits.
     */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        CredentialValidationResult result) {
        String personId = result.getCallerPrincipal().getName();
        HttpSession session = request.getSession(true);
        Instant now = clock.instant();
        forgetSignIn(session); // signing in again in the same browser replaces what the earlier one kept
        String key = sessions.begin(Long.parseLong(personId), request.getHeader("User-Agent"));
        session.setAttribute(SignedInSessionService.SESSION_KEY, key);
        session.setAttribute(SIGNED_IN, personId);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(LAST_SEEN, now);
        session.setAttribute(LAST_RECORDED, now);
        // the container keeps the session a little longer than the idle limit, so that the next
        // request finds it and the login page can say why it ended
        session.setMaxInactiveInterval((int) idleTimeout().plus(CONTAINER_GRACE).toSeconds());
        return context.notifyContainerAboutLogin(personId, result.getCallerGroups());
    }

    /**
     * A right password of someone who must also give a second factor (ADR 0023): nobody is signed in
     * yet. The session, under a new id, holds only whose password it was and when, which no page but
     * the code page reads; that page completes the sign-in with a {@link VerifiedCaller}.
     */
    private AuthenticationStatus awaitSecondFactor(HttpServletRequest request, HttpMessageContext context,
                                                   CredentialValidationResult result) {
        long personId = Long.parseLong(result.getCallerPrincipal().getName());
        HttpSession session = request.getSession(true);
        forgetSignIn(session); // a sign-in this browser had before ends here too
        session.setAttribute(PendingSignIn.SESSION_KEY, new PendingSignIn(personId, clock.instant()));
        LOG.info(() -> "person " + personId + ": password right, second factor next");
        request.changeSessionId();
        return context.redirect(request.getContextPath() + "/two-factor.xhtml");
    }

    /**
     * Ends an earlier sign-in in this browser's session: its row, and what it kept (the provider's ID
     * token too, so that a later sign-out never hands the provider someone else's).
     */
    private void forgetSignIn(HttpSession session) {
        session.removeAttribute(SIGNED_IN);
        endRow(session);
        session.removeAttribute(SIGNED_IN_AT);
        session.removeAttribute(LAST_SEEN);
        session.removeAttribute(LAST_RECORDED);
        session.removeAttribute(OpenIdProvider.ID_TOKEN_SESSION_KEY);
    }

    /** Writes the session's last activity to its row, at most once a {@link #SEEN_EVERY}. */
    private void recordActivity(HttpSession session, String key) {
        Instant now = clock.instant();
        try {
            if (session.getAttribute(LAST_RECORDED) instanceof Instant recorded && now.isBefore(recorded.plus(SEEN_EVERY))) {
                return;
            }
            session.setAttribute(LAST_RECORDED, now);
            sessions.seen(key, now);
        } catch (RuntimeException e) {
            // the list shows an older time; the next minute tries again
            LOG.fine(() -> "the session's activity was not recorded (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Removes the row of the session's sign-in, if it has one; the cleanup job removes it otherwise. */
    private void endRow(HttpSession session) {
        try {
            if (session.getAttribute(SignedInSessionService.SESSION_KEY) instanceof String key) {
                session.removeAttribute(SignedInSessionService.SESSION_KEY);
                sessions.end(key);
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "a session's row was left for the cleanup (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Ends the rows of sessions that have outlived the idle limit (with the container's grace and the
     * minute activity may go unrecorded) or the absolute limit: their HTTP sessions are gone or ending.
     */
    public int endStaleSessions() {
        Instant now = clock.instant();
        return sessions.endStale(now.minus(idleTimeout()).minus(CONTAINER_GRACE).minus(SEEN_EVERY),
                now.minus(absoluteTimeout()));
    }

    /** Whether this signed-in session has outlived either limit, measured by the application's clock. */
    private Optional<Ending> ending(HttpSession session) {
        Instant now = clock.instant();
        if (session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && !now.isBefore(signedInAt.plus(absoluteTimeout()))) {
            return Optional.of(Ending.ABSOLUTE);
        }
        if (session.getAttribute(LAST_SEEN) instanceof Instant lastSeen
                && !now.isBefore(lastSeen.plus(idleTimeout()))) {
            return Optional.of(Ending.IDLE);
        }
        return Optional.empty();
    }

    private Duration idleTimeout() {
        return limit(KindredSettings.SESSION_IDLE_TIMEOUT, DEFAULT_IDLE);
    }

    private Duration absoluteTimeout() {
        return limit(KindredSettings.SESSION_ABSOLUTE_TIMEOUT, DEFAULT_ABSOLUTE);
    }

    /**
     * A session limit as configured. Start-up refuses a malformed one (ApplicationStartup); one broken
     * while the server runs falls back to the documented default instead of failing every request, with
     * one warning, not one per request.
     */
    private Duration limit(String property, Duration fallback) {
        try {
            return settings.duration(property, fallback);
        } catch (SettingException e) {
            if (!e.getMessage().equals(lastWarning)) {
                lastWarning = e.getMessage();
                LOG.warning(() -> e.getMessage() + "; using " + fallback + " until it is corrected");
            }
            return fallback;
        }
    }

    /** Refuses malformed session limits at start-up, with the setting named. */
    public void check() {
        settings.duration(KindredSettings.SESSION_IDLE_TIMEOUT, DEFAULT_IDLE);
        settings.duration(KindredSettings.SESSION_ABSOLUTE_TIMEOUT, DEFAULT_ABSOLUTE);
    }

    /**
     * An API call without a signed-in session: 401 with the API's JSON error, not the container's HTML
     * page, so that a script or client reads why (the way {@link #unavailable} answers).
     */
    private static AuthenticationStatus notSignedIn(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"Sign in first: this call needs a signed-in session.\",\"field\":null}");
            return AuthenticationStatus.SEND_CONTINUE; // the response is written
        } catch (java.io.IOException | RuntimeException failed) {
            return context.responseUnauthorized();
        }
    }

    /**
     * The person's roles could not be read (the database is down or restarting). Left to the container,
     * this would be an empty 500 and a stack trace in the log; instead the API answers a JSON error and
     * a page shows the error page, with 503 when the database is unreachable. Nothing has run yet, so
     * nothing was changed.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context, RuntimeException e) {
        boolean database = Retry.isInfrastructure(e);
        LOG.warning(() -> "signed-in request refused: its roles could not be read (" + e.getClass().getSimpleName()
                + (database ? ", the database is unreachable)" : ")"));
        int status = database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            response.setStatus(status);
            if (path.startsWith("/api/")) {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"error\":\"Kindred cannot reach its database just now. Nothing was "
                        + "changed; please try again in a minute.\",\"field\":null}");
                return AuthenticationStatus.SEND_CONTINUE; // the response is written
            }
            // as a fresh GET: a form post forwarded as it came would be taken for a postback of the error page
            request.getRequestDispatcher("/errors/error.xhtml").forward(new FreshRequest(request), response);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (java.io.IOException | jakarta.servlet.ServletException | RuntimeException failed) {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            endRow(session);
            session.removeAttribute(SIGNED_IN);
        }
    }
}
