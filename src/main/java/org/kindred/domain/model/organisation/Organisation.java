package org.kindred.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Objects;

/** A trust or hospital. Its time zone is the zone every session of its groups is scheduled in. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findBySlug", query = "select o from Organisation o where o.slug = :slug")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.id")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 64)
    private String slug;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** Whether passwords typed into Kindred are accepted; admins keep theirs (ADR 0022). */
    @Column(name = "password_sign_in", nullable = false)
    private boolean passwordSignIn = true;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "sso_new_people", nullable = false, length = 32)
    private NewPeople ssoNewPeople = NewPeople.LINK_ONLY;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "sso_roles", nullable = false, length = 32)
    private RoleSource ssoRoles = RoleSource.KINDRED;

    /** Who a first single sign-on may be: only someone with an account already, or anyone (a new participant). */
    public enum NewPeople { LINK_ONLY, CREATE_PARTICIPANTS }

    /** Where people's roles come from: managed in Kindred, or the provider's roles claim at each sign-in. */
    public enum RoleSource { KINDRED, CLAIM }

    protected Organisation() {
        // for JPA
    }

    public Organisation(String slug, String name, ZoneId timeZone) {
        this.slug = requireText(slug, "slug", 64);
        this.name = requireText(name, "name", 200);
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
    }

    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean passwordSignIn() {
        return passwordSignIn;
    }

    public NewPeople ssoNewPeople() {
        return ssoNewPeople;
    }

    public RoleSource ssoRoles() {
        return ssoRoles;
    }

    /** An admin's choice of how the organisation's people sign in. */
    public void changeSignIn(boolean passwordSignIn, NewPeople newPeople, RoleSource roles) {
        this.passwordSignIn = passwordSignIn;
        this.ssoNewPeople = Objects.requireNonNull(newPeople, "newPeople");
        this.ssoRoles = Objects.requireNonNull(roles, "roles");
    }
}
