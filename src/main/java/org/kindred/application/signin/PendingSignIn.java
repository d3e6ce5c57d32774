package org.kindred.application.signin;

import java.io.Serializable;

/**
 * What the browser's session keeps between sending it to the provider and its return: single-use, taken
 * out of the session when the browser comes back, whatever the answer.
 *
 * @param issuer the provider asked, so that a changed setting meanwhile is noticed
 * @param state the random value the provider must send back (CSRF, replay)
 * @param nonce the random value the ID token must carry (token replay)
 * @param codeVerifier the PKCE secret whose S256 hash went with the request
 */
public record PendingSignIn(String issuer, String state, String nonce, String codeVerifier) implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return "PendingSignIn[" + issuer + "]"; // never the secrets: this may be logged
    }
}
