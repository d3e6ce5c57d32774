package org.kindred.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.kindred.application.PortalSettings;
import org.kindred.application.signin.OpenIdProvider;

/**
 * Sign-out ends the session on the server, not just in the browser; after a single sign-on it also
 * sends the browser to the provider to end its session there, when the provider offers that (ADR 0022).
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    ExternalContext external;

    @Inject
    OpenIdProvider provider;

    @Inject
    PortalSettings portal;

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(OpenIdProvider.ID_TOKEN_SESSION_KEY);
        request.logout();
        external.invalidateSession();
        String signedOut = "/login.xhtml?signedOut=true";
        Optional<URI> providerSignOut = idToken instanceof String token
                ? provider.endSession(token, portal.link(signedOut)) : Optional.empty();
        if (providerSignOut.isPresent()) {
            // a page that sends the browser on: the form's own redirects may only stay here (CSP form-action)
            request.getSession(true).setAttribute(SigningOutPage.PROVIDER_SIGN_OUT, providerSignOut.get().toString());
            external.redirect(external.getRequestContextPath() + "/signing-out.xhtml");
            return;
        }
        external.redirect(external.getRequestContextPath() + signedOut);
    }
}
