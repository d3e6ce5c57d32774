package org.kindred.application.account;

/** A request about an account that cannot be carried out. The message is safe to show. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
