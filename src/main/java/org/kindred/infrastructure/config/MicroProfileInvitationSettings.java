package org.kindred.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.kindred.application.invitation.InvitationSettings;

/** Invitation settings from MicroProfile Config; every default is in docs/operations.md. */
@ApplicationScoped
public class MicroProfileInvitationSettings implements InvitationSettings {

    static final int MIN_SECRET_LENGTH = 32;

    @Inject
    KindredSettings settings;

    /** Reads every invitation setting once, so a wrong one stops start-up with its name, not a change later. */
    public void check() {
        organiserMailbox();
        Duration first = firstRetryDelay();
        if (first.compareTo(maxRetryDelay()) > 0) {
            throw new SettingException(KindredSettings.OUTBOX_MAX_RETRY, "must not be shorter than "
                    + KindredSettings.OUTBOX_FIRST_RETRY);
        }
        giveUpAfter();
        replyLinkValidity();
        linkSecret();
        readReplies();
        outboxPollInterval();
        imapPollInterval();
        reminderPollInterval();
    }

    @Override
    public String organiserMailbox() {
        return settings.organiserMailbox();
    }

    @Override
    public Duration firstRetryDelay() {
        return settings.duration(KindredSettings.OUTBOX_FIRST_RETRY, Duration.ofMinutes(1));
    }

    @Override
    public Duration maxRetryDelay() {
        return settings.duration(KindredSettings.OUTBOX_MAX_RETRY, Duration.ofHours(1));
    }

    @Override
    public Duration giveUpAfter() {
        return settings.duration(KindredSettings.OUTBOX_GIVE_UP, Duration.ofDays(2));
    }

    @Override
    public Duration replyLinkValidity() {
        return settings.duration(KindredSettings.LINK_VALIDITY, Duration.ofDays(30));
    }

    @Override
    public Optional<String> linkSecret() {
        Optional<String> secret = settings.text(KindredSettings.LINK_SECRET);
        if (secret.isPresent() && secret.get().length() < MIN_SECRET_LENGTH) {
            throw new SettingException(KindredSettings.LINK_SECRET, "must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        return secret;
    }

    @Override
    public boolean readReplies() {
        return settings.flag(KindredSettings.IMAP_ENABLED, !settings.demoEnabled());
    }

    public Duration outboxPollInterval() {
        return settings.duration(KindredSettings.OUTBOX_POLL, Duration.ofSeconds(30));
    }

    public Duration imapPollInterval() {
        return settings.duration(KindredSettings.IMAP_POLL, Duration.ofMinutes(1));
    }

    public Duration reminderPollInterval() {
        return settings.duration(KindredSettings.REMINDER_POLL, Duration.ofMinutes(10));
    }
}
