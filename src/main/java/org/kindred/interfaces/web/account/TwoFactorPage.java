package org.kindred.interfaces.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.kindred.application.secondfactor.PendingSignIn;
import org.kindred.application.secondfactor.SecondFactorService;
import org.kindred.infrastructure.security.VerifiedCaller;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * The second step of signing in (ADR 0023), for a person whose password was right a moment ago: a code
 * from their app or a recovery code, or, when their roles require a second factor they have not set up,
 * enrolling one first. Only the session's {@link PendingSignIn} says who; it expires, and nothing else is
 * reachable meanwhile. A right code completes the sign-in where every sign-in completes, with a
 * {@link VerifiedCaller}.
 */
@Named
@ViewScoped
public class TwoFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TwoFactorPage.class.getName());

    @Inject
    transient SecondFactorService secondFactor;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient ExternalContext external;

    @Inject
    transient Clock clock;

    private Long personId;
    private SecondFactorService.Enrolment enrolment;
    private boolean unavailable;
    private String code;
    private List<String> recoveryCodes = List.of();
    private String continueTo;

    /** On the first GET: whose password was right, and whether they have an app yet. */
    public void load() {
        PendingSignIn pending = pending();
        if (pending == null) {
            return;
        }
        personId = pending.personId();
        if (!secondFactor.enrolled(personId)) {
            enrolment = secondFactor.begin(personId).orElse(null);
            unavailable = enrolment == null;
        }
    }

    public void submit() throws IOException {
        PendingSignIn pending = pending();
        if (pending == null || personId == null || pending.personId() != personId) {
            personId = null;
            return;
        }
        if (enrolment != null) {
            SecondFactorService.Result result = secondFactor.confirm(personId, enrolment.secret(), code);
            code = null;
            if (!result.accepted()) {
                Messages.error("twoFactor:code", SecondFactorMessages.of(result.outcome()));
                return;
            }
            if (complete()) {
                recoveryCodes = result.recoveryCodes(); // shown once, with the way on
                enrolment = null;
            }
            return;
        }
        SecondFactorService.Outcome outcome = secondFactor.verify(personId, code);
        code = null;
        if (outcome != SecondFactorService.Outcome.ACCEPTED) {
            Messages.error("twoFactor:code", SecondFactorMessages.of(outcome));
            return;
        }
        if (complete()) {
            external.redirect(external.getRequestContextPath() + continueTo);
        }
    }

    /** Signs the person in, as every sign-in completes; false (with a message) if they no longer may. */
    private boolean complete() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        long id = personId;
        request.getSession().removeAttribute(PendingSignIn.SESSION_KEY);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new VerifiedCaller(id, "totp")).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            personId = null;
            Messages.error(null, Texts.get("twoFactorPage.signInAgain"));
            return false;
        }
        LOG.info(() -> "person " + id + " signed in with a second factor");
        request.changeSessionId(); // no session fixation: a new id once signed in
        continueTo = LoginPage.returnTo(request);
        personId = null;
        return true;
    }

    /** The session's pending sign-in, unless there is none or it has expired (then it is forgotten). */
    private PendingSignIn pending() {
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_KEY) instanceof PendingSignIn pending)) {
            return null;
        }
        if (pending.expired(clock.instant())) {
            session.removeAttribute(PendingSignIn.SESSION_KEY);
            return null;
        }
        return pending;
    }

    /** Nothing to do here: no pending sign-in (expired, or this page opened by itself), and no codes to show. */
    public boolean isExpired() {
        return personId == null && recoveryCodes.isEmpty();
    }

    public boolean isEnrolling() {
        return personId != null && enrolment != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public SecondFactorService.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
