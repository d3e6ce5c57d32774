package org.kindred.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through Kindred's own login page (a JSF view that calls SecurityContext.authenticate,
 * so that throttling and session-id rotation happen in one place: interfaces.web.LoginPage).
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ORGANISER", "FACILITATOR", "PARTICIPANT", "ADMIN"})
public class SecurityConfiguration {
}
