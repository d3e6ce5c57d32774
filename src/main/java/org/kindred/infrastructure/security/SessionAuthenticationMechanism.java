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
import java.util.Optional;
import java.util.Set;

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
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = "kindred.signedIn";
    public static final String RETURN_TO = "kindred.returnTo";

    @Inject
    KindredIdentityStore identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            String personId = result.getCallerPrincipal().getName();
            request.getSession(true).setAttribute(SIGNED_IN, personId);
            return context.notifyContainerAboutLogin(personId, result.getCallerGroups());
        }

        HttpSession session = request.getSession(false);
        Object personId = session == null ? null : session.getAttribute(SIGNED_IN);
        if (personId instanceof String id) {
            Optional<Set<String>> groups = identityStore.currentGroups(Long.parseLong(id));
            if (groups.isPresent()) {
                return context.notifyContainerAboutLogin(id, groups.get());
            }
            session.removeAttribute(SIGNED_IN); // deactivated or deleted since signing in
        }

        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return context.responseUnauthorized();
        }
        // only a page is worth returning to: not the icon or a script the browser fetched meanwhile
        if ("GET".equals(request.getMethod()) && path.endsWith(".xhtml")) {
            request.getSession(true).setAttribute(RETURN_TO,
                    path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }
}
