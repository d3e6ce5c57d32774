package org.kindred.application.signin;

import java.net.URI;
import java.util.Optional;

/**
 * The organisation's OpenID provider, spoken to with the authorization code flow, PKCE (S256), state
 * and nonce (ADR 0022). Configured by the environment ({@code KINDRED_OIDC_ISSUER} and its neighbours);
 * with no issuer set, single sign-on is off and the login page offers passwords only.
 */
public interface OpenIdProvider {

    /** The HTTP session attribute that keeps the ID token of a single sign-on, for the provider's sign-out. */
    String ID_TOKEN_SESSION_KEY = "kindred.sso.idToken";

    /** Whether single sign-on is configured (an issuer and a client id). */
    boolean configured();

    /** The provider's name on the login page's button ("Sign in with ..."). */
    String displayName();

    /**
     * A new authorization request: where to send the browser, and what to keep in its session until it
     * comes back.
     *
     * @throws SignInRefused {@code UNAVAILABLE} when the provider's discovery document cannot be read
     */
    Start start(URI redirectUri);

    /**
     * The browser's return: the code exchanged (with the PKCE verifier) and the ID token validated
     * (signature by the provider's published keys, issuer, audience, expiry with a bounded clock skew,
     * nonce).
     *
     * @param callback the address the browser came back to, with its query
     * @throws SignInRefused with the reason the answer was refused
     */
    ProviderIdentity finish(URI callback, PendingSignIn pending, URI redirectUri);

    /**
     * Where to send the browser to end the provider's session too (RP-initiated logout), when the
     * provider publishes an end_session_endpoint; empty otherwise or when the provider cannot be reached.
     */
    Optional<URI> endSession(String idToken, URI postLogoutRedirect);

    /**
     * The slug of the organisation that new people made by single sign-on join; empty means the only
     * organisation, when there is one.
     */
    Optional<String> organisationForNewPeople();

    /** Where to send the browser, and the pending sign-in its session keeps meanwhile. */
    record Start(URI location, PendingSignIn pending) {
    }
}
