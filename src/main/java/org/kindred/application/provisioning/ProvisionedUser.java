package org.kindred.application.provisioning;

import java.time.Instant;

/** A person as a provisioning client sees them: the SCIM id, never the database's. */
public record ProvisionedUser(String id, UserFields fields, Instant created) {

    @Override
    public String toString() {
        return "ProvisionedUser[" + id + "]";
    }
}
