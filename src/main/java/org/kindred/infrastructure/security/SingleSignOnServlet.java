package org.kindred.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;
import org.kindred.application.signin.OpenIdProvider;
import org.kindred.application.signin.PendingSignIn;
import org.kindred.application.signin.ProviderIdentity;
import org.kindred.application.signin.ReturnPath;
import org.kindred.application.signin.SignInRefused;
import org.kindred.application.signin.SingleSignOnService;
import org.kindred.infrastructure.config.KindredSettings;

/**
 * Single sign-on through the organisation's OpenID provider (ADR 0022), reachable without signing in:
 * <ul>
 * <li>{@code GET /sso/start} sends the browser to the provider with a new state, nonce and PKCE
 * challenge, kept in its session;</li>
 * <li>{@code GET /sso/callback} takes that pending sign-in out of the session (single-use: a replayed
 * or forged answer finds none, or another state), lets the provider port exchange the code and validate
 * the ID token, finds the person ({@link SingleSignOnService}), and completes the sign-in where every
 * sign-in completes, the session mechanism, with a {@link VerifiedCaller}; then a new session id.</li>
 * </ul>
 * A refusal sends the browser back to the login page with a reason it can show; the log says which
 * check failed, never who.
 */
@WebServlet({"/sso/start", "/sso/callback"})
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());
    static final String PENDING = "kindred.sso.pending";

    @Inject
    transient OpenIdProvider provider;

    @Inject
    transient SingleSignOnService signOns;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient KindredSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!provider.configured()) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        try {
            if (request.getServletPath().equals("/sso/start")) {
                start(request, response);
            } else {
                callback(request, response);
            }
        } catch (SignInRefused refused) {
            LOG.info(() -> "single sign-on refused: " + refused.getMessage());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=" + refused.reason().page());
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OpenIdProvider.Start start = provider.start(redirectUri());
        request.getSession(true).setAttribute(PENDING, start.pending());
        response.sendRedirect(start.location().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING); // single-use, whatever the answer
        }
        if (!(pending instanceof PendingSignIn signIn)) {
            throw new SignInRefused(SignInRefused.Reason.NOT_PENDING);
        }
        URI callback;
        try {
            callback = URI.create(request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        } catch (IllegalArgumentException malformed) {
            throw new SignInRefused(SignInRefused.Reason.PROVIDER_ERROR, malformed); // not an answer a provider sends
        }
        ProviderIdentity identity = provider.finish(callback, signIn, redirectUri());
        long personId;
        try {
            personId = signOns.signIn(identity);
        } catch (SignInRefused refused) {
            throw refused;
        } catch (RuntimeException failed) {
            // e.g. the same new person's first sign-in twice at once: the second finds the address taken
            throw new SignInRefused(SignInRefused.Reason.PROVIDER_ERROR, failed);
        }
        String target = ReturnPath.orHome(session.getAttribute(SessionAuthenticationMechanism.RETURN_TO));
        session.removeAttribute(SessionAuthenticationMechanism.RETURN_TO);
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new VerifiedCaller(personId, "oidc")).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new SignInRefused(SignInRefused.Reason.INACTIVE);
        }
        LOG.info(() -> "person " + personId + " signed in (single sign-on)");
        request.changeSessionId(); // no session fixation: a new id once signed in
        request.getSession().setAttribute(OpenIdProvider.ID_TOKEN_SESSION_KEY, identity.idToken());
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The callback address registered at the provider: the configured base URL's, not the request's Host. */
    private URI redirectUri() {
        return URI.create(settings.baseUrl() + "/sso/callback");
    }
}
