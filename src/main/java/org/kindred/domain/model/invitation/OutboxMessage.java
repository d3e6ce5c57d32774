package org.kindred.domain.model.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One email to one person, written in the transaction of the change that causes it (the transactional
 * outbox) and delivered later by the sender, with retries. Its Message-ID is fixed when it is written,
 * so a retry after a crash is the same message to the receiving server and to calendar clients.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public static final int MAX_ERROR_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private MailKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "occurrence_id")
    private Long occurrenceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_method")
    private CalendarMethod calendarMethod;

    @Column(name = "sequence_no")
    private Integer sequence;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String text;

    @Column(name = "body_html")
    private String html;

    @Column(name = "calendar")
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "trying_since", nullable = false)
    private Instant tryingSince;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
        // for JPA
    }

    private OutboxMessage(Builder b) {
        this.organisationId = b.organisationId;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.personId = b.personId;
        this.recipient = Objects.requireNonNull(b.recipient, "recipient");
        this.groupId = b.groupId;
        this.seriesId = b.seriesId;
        this.occurrenceId = b.occurrenceId;
        this.calendarMethod = b.calendarMethod;
        this.sequence = b.sequence;
        this.messageId = Objects.requireNonNull(b.messageId, "messageId");
        this.subject = Objects.requireNonNull(b.subject, "subject");
        this.text = Objects.requireNonNull(b.text, "text");
        this.html = b.html;
        this.calendar = b.calendar;
        if ((calendar == null) != (calendarMethod == null)) {
            throw new IllegalArgumentException("a calendar part needs its method, and the other way round");
        }
        this.status = OutboxStatus.PENDING;
        this.createdAt = Objects.requireNonNull(b.now, "now");
        this.tryingSince = b.now;
        this.nextAttemptAt = b.now;
    }

    public static Builder to(long organisationId, Long personId, String recipient, MailKind kind) {
        Builder b = new Builder();
        b.organisationId = organisationId;
        b.personId = personId;
        b.recipient = recipient;
        b.kind = kind;
        return b;
    }

    // Claiming (a lease in next_attempt_at) and delivery (SENT, sent_at, one more attempt) are written
    // for a whole batch at once by InvitationOutbox.claimDue and markSent.

    /**
     * A failed attempt: tried again after a delay that doubles each time up to {@code maxDelay}, until
     * {@code giveUpAfter} has passed since the message was written (or last sent again by an organiser),
     * or at once for a permanent refusal.
     *
     * @return true when the message has now failed for good
     */
    public boolean attemptFailed(Instant now, String error, boolean permanent, Duration firstDelay, Duration maxDelay,
                                 Duration giveUpAfter) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (permanent || !now.isBefore(tryingSince.plus(giveUpAfter))) {
            this.status = OutboxStatus.FAILED;
            this.nextAttemptAt = now; // when it failed: the housekeeping deletes it 30 days later
            return true;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        this.nextAttemptAt = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        return false;
    }

    /** An organiser sends a failed message again, for example after fixing the mail settings. */
    public void retry(Instant now) {
        if (status != OutboxStatus.FAILED) {
            throw new IllegalStateException("only a failed message is sent again");
        }
        this.status = OutboxStatus.PENDING;
        this.tryingSince = now;
        this.nextAttemptAt = now;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public MailKind kind() { return kind; }
    public Long personId() { return personId; }
    public String recipient() { return recipient; }
    public Long groupId() { return groupId; }
    public Long seriesId() { return seriesId; }
    public Long occurrenceId() { return occurrenceId; }
    public CalendarMethod calendarMethod() { return calendarMethod; }
    public Integer sequence() { return sequence; }
    public String messageId() { return messageId; }
    public String subject() { return subject; }
    public String text() { return text; }
    public String html() { return html; }
    public String calendar() { return calendar; }
    public OutboxStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant createdAt() { return createdAt; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant sentAt() { return sentAt; }
    public String lastError() { return lastError; }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + kind + ", " + status + "]"; // never the address or the text
    }

    /** The parts of a message, gathered before it is written. */
    public static final class Builder {
        private long organisationId;
        private Long personId;
        private String recipient;
        private MailKind kind;
        private Long groupId;
        private Long seriesId;
        private Long occurrenceId;
        private CalendarMethod calendarMethod;
        private Integer sequence;
        private String messageId;
        private String subject;
        private String text;
        private String html;
        private String calendar;
        private Instant now;

        private Builder() {
        }

        public Builder about(Long groupId, Long seriesId, Long occurrenceId) {
            this.groupId = groupId;
            this.seriesId = seriesId;
            this.occurrenceId = occurrenceId;
            return this;
        }

        public Builder calendar(CalendarMethod method, int sequence, String calendar) {
            this.calendarMethod = method;
            this.sequence = sequence;
            this.calendar = calendar;
            return this;
        }

        public Builder content(String subject, String text, String html) {
            this.subject = subject;
            this.text = text;
            this.html = html;
            return this;
        }

        public OutboxMessage build(String messageId, Instant now) {
            this.messageId = messageId;
            this.now = now;
            return new OutboxMessage(this);
        }
    }
}
