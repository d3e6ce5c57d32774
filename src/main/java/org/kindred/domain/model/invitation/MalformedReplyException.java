package org.kindred.domain.model.invitation;

/** Mail in the scheduling mailbox that is not a usable iMIP REPLY. Its message says why, with no content. */
public class MalformedReplyException extends Exception {

    public MalformedReplyException(String reason) {
        super(reason);
    }

    public MalformedReplyException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
