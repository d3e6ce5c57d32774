package org.kindred.application.provisioning;

/**
 * What a provisioning client says about a person: the work email they sign in with (SCIM's userName),
 * the name shown, the provider's own id for them (may be null) and whether the account is active.
 */
public record UserFields(String userName, String displayName, String externalId, boolean active) {

    public UserFields withUserName(String value) {
        return new UserFields(value, displayName, externalId, active);
    }

    public UserFields withDisplayName(String value) {
        return new UserFields(userName, value, externalId, active);
    }

    public UserFields withExternalId(String value) {
        return new UserFields(userName, displayName, value, active);
    }

    public UserFields withActive(boolean value) {
        return new UserFields(userName, displayName, externalId, value);
    }

    /** Never the name or address: this may end up in a log line. */
    @Override
    public String toString() {
        return "UserFields[redacted, active=" + active + "]";
    }
}
