package org.kindred.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's account at an OpenID provider: the provider's issuer and its stable, never reassigned
 * subject identifier ({@code sub}). Single sign-on finds a person by this pair, never by email alone
 * (ADR 0022). Deleted with the person.
 */
@Entity
@Table(name = "person_identity")
@NamedQuery(name = "PersonIdentity.find",
        query = "select i from PersonIdentity i where i.issuer = :issuer and i.subject = :subject")
@NamedQuery(name = "PersonIdentity.ofPerson",
        query = "select i from PersonIdentity i where i.personId = :person and i.issuer = :issuer")
public class PersonIdentity {

    public static final int MAX_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "issuer", nullable = false, updatable = false, length = MAX_LENGTH)
    private String issuer;

    @Column(name = "subject", nullable = false, updatable = false, length = MAX_LENGTH)
    private String subject;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected PersonIdentity() {
        // for JPA
    }

    public PersonIdentity(long personId, String issuer, String subject, Instant linkedAt) {
        this.personId = personId;
        this.issuer = bounded(issuer, "issuer");
        this.subject = bounded(subject, "subject");
        this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
    }

    private static String bounded(String value, String field) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " must have 1 to " + MAX_LENGTH + " characters");
        }
        return value;
    }

    public long personId() {
        return personId;
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
