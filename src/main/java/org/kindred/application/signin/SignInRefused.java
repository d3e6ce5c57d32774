package org.kindred.application.signin;

/**
 * A single sign-on that cannot complete. The reason is logged (it names nobody) and decides what the
 * login page says.
 */
public class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as logged; {@link #page()} is what the login page says. */
    public enum Reason {
        /** The provider could not be reached (discovery, keys or token endpoint). */
        UNAVAILABLE("unavailable"),
        /** The browser came back with no sign-in pending in its session: a replay, or a stale tab. */
        NOT_PENDING("failed"),
        /** The state sent back is not the one this session's request carried. */
        STATE("failed"),
        /** The provider answered with an error (the person cancelled, or it refused). */
        PROVIDER_ERROR("failed"),
        /** The code could not be exchanged for tokens. */
        TOKEN_REQUEST("failed"),
        /** The ID token's signature does not verify with the provider's published keys. */
        SIGNATURE("failed"),
        /** The ID token was issued by another issuer. */
        ISSUER("failed"),
        /** The ID token was not issued to Kindred's client id. */
        AUDIENCE("failed"),
        /** The ID token has expired (beyond the allowed clock skew) or is not valid yet. */
        EXPIRED("failed"),
        /** The ID token's nonce is not this session's. */
        NONCE("failed"),
        /** Any other invalid ID token. */
        INVALID_TOKEN("failed"),
        /** No account matches, and the organisation does not make new ones. */
        NO_ACCOUNT("noAccount"),
        /** The account has been deactivated. */
        INACTIVE("noAccount"),
        /** The account is linked to another account at this provider. */
        LINKED_ELSEWHERE("noAccount");

        private final String page;

        Reason(String page) {
            this.page = page;
        }

        /** The login page's {@code sso} parameter for this reason. */
        public String page() {
            return page;
        }
    }

    private final Reason reason;

    public SignInRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public SignInRefused(Reason reason, Throwable cause) {
        super(reason.name() + " (" + cause.getClass().getSimpleName() + ")", cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
