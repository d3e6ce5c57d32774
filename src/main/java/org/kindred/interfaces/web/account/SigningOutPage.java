package org.kindred.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The page after signing out of a single sign-on: where the browser goes on to end the provider's
 * session, read once from the fresh session {@link SignOut} left it in.
 */
@Named
@RequestScoped
public class SigningOutPage {

    static final String PROVIDER_SIGN_OUT = "kindred-sso-provider-sign-out";

    @Inject
    ExternalContext external;

    private String providerSignOut;
    private boolean read;

    public String getProviderSignOut() {
        if (!read) {
            read = true;
            Map<String, Object> session = external.getSessionMap();
            Object target = session.remove(PROVIDER_SIGN_OUT);
            providerSignOut = target instanceof String url ? url : null;
        }
        return providerSignOut;
    }
}
