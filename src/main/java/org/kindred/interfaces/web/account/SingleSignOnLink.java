package org.kindred.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kindred.application.signin.OpenIdProvider;

/** The login page's "Sign in with ..." button: shown only when single sign-on is configured (ADR 0022). */
@Named
@RequestScoped
public class SingleSignOnLink {

    @Inject
    OpenIdProvider provider;

    public boolean isShown() {
        return provider.configured();
    }

    public String getProviderName() {
        return provider.displayName();
    }
}
