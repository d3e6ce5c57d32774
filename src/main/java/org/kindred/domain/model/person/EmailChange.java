package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A requested change of the address a person signs in with. It takes effect only when the single-use
 * link sent to the new address is confirmed, within {@link #VALIDITY}: the address must be the person's
 * to receive mail at (ASVS 5.0 6.4.x, 7.5.1). Only the hash of the link's secret is stored.
 */
@Entity
@Table(name = "email_change")
public class EmailChange {

    public static final Duration VALIDITY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "new_email", nullable = false, length = 254)
    private String newEmail;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailChange() {
        // for JPA
    }

    public EmailChange(Person person, EmailAddress newEmail, String tokenHash, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.newEmail = Objects.requireNonNull(newEmail, "newEmail").value();
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.requestedAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /**
     * Uses the link up and changes the person's address. Callers hold a row lock, so two confirmations
     * of one link cannot both succeed.
     *
     * @throws InvalidTokenException when the link was used before or has expired
     */
    public Person confirm(Instant now) {
        if (usedAt != null) {
            throw new InvalidTokenException(USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidTokenException(EXPIRED);
        }
        usedAt = now;
        person.changeEmail(new EmailAddress(newEmail));
        return person;
    }

    public static final String USED = "This link has already been used.";
    public static final String EXPIRED = "This link has expired. Ask for the change again from your account page.";

    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Person person() {
        return person;
    }

    public EmailAddress newEmail() {
        return new EmailAddress(newEmail);
    }
}
