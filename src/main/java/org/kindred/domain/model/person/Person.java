package org.kindred.domain.model.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who signs in to Kindred. Holds only what the brief allows: name, work email and roles.
 * The password hash is null until the person sets a password through their invitation link.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findByEmail", query = "select p from Person p where p.email.value = :email")
@NamedQuery(name = "Person.findByOrganisation",
        query = "select distinct p from Person p left join fetch p.roles where p.organisationId = :organisationId "
                + "order by p.displayName")
@NamedQuery(name = "Person.findWithRoles",
        query = "select distinct p from Person p left join fetch p.roles where p.id = :id")
@NamedQuery(name = "Person.findAllById", query = "select p from Person p where p.id in :ids")
@NamedQuery(name = "Person.findWithRolesByEmails",
        query = "select distinct p from Person p left join fetch p.roles where p.email.value in :emails")
@NamedQuery(name = "Person.findByOrganisationAndRole",
        query = "select p from Person p join p.roles r where p.organisationId = :organisationId and r = :role "
                + "order by p.displayName")
@NamedQuery(name = "Person.countAll", query = "select count(p) from Person p")
@NamedQuery(name = "Person.countWithRole", query = "select count(p) from Person p join p.roles r where r = :role")
public class Person {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EXTERNAL_ID_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "display_name", nullable = false, length = MAX_NAME_LENGTH)
    private String displayName;

    @Embedded
    private EmailAddress email;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The person's id towards SCIM clients: random, so that it tells nothing (ADR 0021). */
    @Column(name = "scim_id", unique = true, length = 36)
    private String scimId = java.util.UUID.randomUUID().toString();

    /** The identity provider's own id for the person, as its SCIM client sent it; usually empty. */
    @Column(name = "external_id", length = MAX_EXTERNAL_ID_LENGTH)
    private String externalId;

    /** Deleted by a SCIM client: deactivated, and unknown to SCIM from then on (RFC 7644 §3.6). */
    @Column(name = "scim_deleted", nullable = false)
    private boolean scimDeleted;

    // Lazy: a list of people (a roster, an attendance sheet) must not cost a query per person for
    // roles it never reads. Sign-in and the role checks read them inside a transaction.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
        // for JPA
    }

    public Person(Long organisationId, String displayName, EmailAddress email, Set<Role> roles, Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
        this.displayName = requireName(displayName);
        this.email = Objects.requireNonNull(email, "email");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("At least one role is required");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    /** Stores a hash produced by the password hasher; the clear password never reaches the entity. */
    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("password hash is required");
        }
        this.passwordHash = newHash;
    }

    /** The address the person signs in with and receives invitations at. */
    public void changeEmail(EmailAddress newEmail) {
        this.email = Objects.requireNonNull(newEmail, "email");
    }

    /** The SCIM id, given now to a person stored without one (a row written by other means than JPA). */
    public String scimId() {
        if (scimId == null) {
            scimId = java.util.UUID.randomUUID().toString();
        }
        return scimId;
    }

    public String externalId() {
        return externalId;
    }

    /** The identity provider's id for the person; empty to clear it. */
    public void changeExternalId(String newExternalId) {
        if (newExternalId == null || newExternalId.isBlank()) {
            this.externalId = null;
            return;
        }
        if (newExternalId.length() > MAX_EXTERNAL_ID_LENGTH) {
            throw new IllegalArgumentException("externalId must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters");
        }
        this.externalId = newExternalId;
    }

    public boolean scimDeleted() {
        return scimDeleted;
    }

    /** Gone for SCIM clients: their later requests for this id are "not found". */
    public void deleteFromScim() {
        this.scimDeleted = true;
    }

    /** Provisioned again after a deletion: under a new SCIM id, as a new resource. */
    public void restoreToScim() {
        this.scimDeleted = false;
        this.scimId = java.util.UUID.randomUUID().toString();
    }

    /**
     * Replaces the person's roles: at least one. Takes effect on their next request, as the roles are
     * read on every one.
     */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("At least one role is required");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /** The name others see, as an admin, an import or a provisioning client gives it. */
    public void rename(String newName) {
        this.displayName = requireName(newName);
    }

    /** A leaver: they cannot sign in any more; their roles and password stay for a reactivation. */
    public void deactivate() {
        this.active = false;
    }

    /** Back again, with the same roles, and no group they were in. */
    public void reactivate() {
        this.active = true;
    }

    public boolean canSignIn() {
        return active && passwordHash != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String displayName() {
        return displayName;
    }

    public EmailAddress email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
