package org.kindred.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The security roles. Sign-in itself is {@link SessionAuthenticationMechanism} with
 * {@link KindredIdentityStore}; the login page calls SecurityContext.authenticate, so that throttling
 * and session-id rotation happen in one place (interfaces.web.account.LoginPage).
 */
@ApplicationScoped
@DeclareRoles({"ORGANISER", "FACILITATOR", "PARTICIPANT", "ADMIN"})
public class SecurityConfiguration {
}
