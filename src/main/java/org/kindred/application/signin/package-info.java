/**
 * Single sign-on through the organisation's OpenID provider (issue 20, ADR 0022): the
 * {@link org.kindred.application.signin.OpenIdProvider} port (the protocol, implemented in
 * infrastructure.oidc), {@link org.kindred.application.signin.SingleSignOnService} (who a validated
 * provider account is: linked, linked now by verified email, or a new participant) and
 * {@link org.kindred.application.signin.SignInSettingsService} (an organisation's choices).
 */
package org.kindred.application.signin;
