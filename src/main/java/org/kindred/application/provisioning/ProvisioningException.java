package org.kindred.application.provisioning;

/**
 * A provisioning request refused, nothing changed. The problem says which kind, so that the channel can
 * answer with its protocol's code (SCIM's scimType); the message is safe to send to the client: it
 * names no person.
 */
public class ProvisioningException extends RuntimeException {

    public enum Problem {
        /** No such person in the token's organisation. */
        NOT_FOUND,
        /** The user name is another account's, in this organisation or another. */
        UNIQUENESS,
        /** A value that is not acceptable: an address that is not one, an empty or overlong name. */
        INVALID_VALUE,
        /** A change the account's state does not allow: letting the last active admin go. */
        MUTABILITY
    }

    private final Problem problem;

    public ProvisioningException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
