package org.kindred.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
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
import java.util.Optional;
import org.kindred.application.account.LoginThrottle;
import org.kindred.application.signin.ReturnPath;
import org.kindred.infrastructure.security.SessionAuthenticationMechanism;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Sign-in: throttled per account and per address, one generic message for every failure. */
@Named
@RequestScoped
public class LoginPage {

    private static final String FAILED = "loginPage.failed";
    /** Sign-ins are security events (ASVS 5.0 16.3.1): logged by person id, failures without the address typed. */
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LoginPage.class.getName());

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    ExternalContext external;

    private String email;
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // counted before the password is checked: attempts arriving together cannot all pass the limit
        Optional<LoginThrottle.Attempt> attempt = throttle.attempt(email, request.getRemoteAddr());
        if (attempt.isEmpty()) {
            LOG.warning("sign-in refused by the throttle");
            Messages.error(null, Texts.get(FAILED));
            return;
        }
        AuthenticationStatus status;
        try {
            status = securityContext.authenticate(request, response,
                    AuthenticationParameters.withParams()
                            .credential(new UsernamePasswordCredential(email, new Password(password)))
                            .newAuthentication(true));
        } catch (RuntimeException unchecked) {
            attempt.get().unchecked(); // the database was unreachable: not a wrong password
            throw unchecked;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            attempt.get().succeeded();
            java.security.Principal caller = securityContext.getCallerPrincipal();
            LOG.info(() -> "person " + (caller == null ? "?" : caller.getName()) + " signed in");
            request.changeSessionId(); // no session fixation: a new id once signed in
            external.redirect(external.getRequestContextPath() + returnTo(request));
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            attempt.get().succeeded(); // the password was right; the mechanism sent them on to the second factor
            jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        } else {
            LOG.info("sign-in failed");
            Messages.error(null, Texts.get(FAILED));
        }
    }

    /** The page that sent the visitor here, if it was one of ours; otherwise home. */
    static String returnTo(HttpServletRequest request) {
        Object target = request.getSession().getAttribute(SessionAuthenticationMechanism.RETURN_TO);
        request.getSession().removeAttribute(SessionAuthenticationMechanism.RETURN_TO);
        return ReturnPath.orHome(target);
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
