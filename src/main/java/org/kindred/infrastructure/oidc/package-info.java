/**
 * OpenID Connect with the Nimbus OAuth 2.0 SDK, behind application's
 * {@link org.kindred.application.signin.OpenIdProvider} port (ADR 0022): discovery, the authorization
 * request with state, nonce and PKCE, the code exchange, ID token validation against the provider's
 * published keys, RP-initiated logout, and the mapping of a roles claim to Kindred's roles.
 */
package org.kindred.infrastructure.oidc;
