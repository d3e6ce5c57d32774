package org.kindred.application.mail;

import java.time.Instant;
import java.util.List;

/** Demo mode only: the mail Kindred has sent, as the embedded mail server received it. */
public interface DemoMailbox {

    boolean available();

    /** Newest first. */
    List<DeliveredMail> messages();

    record DeliveredMail(String to, String subject, Instant sent, String body) {
    }
}
