package org.kindred.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kindred.application.account.LoginThrottle;

/** Sign-in: throttled per account and per address, one generic message for every failure. */
@Named
@RequestScoped
public class LoginPage {

    static final String FAILED = "Sign-in failed. Check your email and password, or try again in a few minutes.";

    /**
     * Soteria marks the session when a caller starts authentication and clears the mark only on
     * success. Left in place after a failure, it makes the next request for a protected page answer
     * an empty 200 instead of sending the visitor to sign in. SignInIT covers this.
     */
    private static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    ExternalContext external;

    @Inject
    FacesContext faces;

    private String email;
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = request.getRemoteAddr();
        if (!throttle.allows(email, address)) {
            Messages.error(null, FAILED);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                throttle.succeeded(email);
                request.changeSessionId(); // no session fixation: a new id once signed in
                external.redirect(external.getRequestContextPath() + "/home.xhtml");
            }
            case SEND_CONTINUE -> {
                // The mechanism redirects to the page that asked for sign-in.
                throttle.succeeded(email);
                request.changeSessionId();
                faces.responseComplete();
            }
            default -> {
                throttle.failed(email, address);
                if (request.getSession(false) != null) {
                    request.getSession(false).removeAttribute(SOTERIA_CALLER_INITIATED);
                }
                Messages.error(null, FAILED);
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
