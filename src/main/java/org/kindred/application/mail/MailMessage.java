package org.kindred.application.mail;

import java.util.Objects;

/** One plain-text email to one recipient. Recipients never see each other. */
public record MailMessage(String to, String subject, String text) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "MailMessage[subject=" + subject + "]";
    }
}
