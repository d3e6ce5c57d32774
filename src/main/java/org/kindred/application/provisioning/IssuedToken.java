package org.kindred.application.provisioning;

/** A token just issued: its id, and the secret itself, which is shown this once and never stored. */
public record IssuedToken(long id, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + id + ", redacted]";
    }
}
