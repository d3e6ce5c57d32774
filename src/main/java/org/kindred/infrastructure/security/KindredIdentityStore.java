package org.kindred.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kindred.application.account.PasswordHasher;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.person.Person;

/**
 * Checks an email and password against the person table. The caller principal is the person's id,
 * never the email, so that server logs that name the principal carry no personal data.
 */
@ApplicationScoped
public class KindredIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "kindred")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /**
     * The roles of a signed-in person now, or empty when they may no longer sign in. Active is enough:
     * a person signed in by single sign-on has no password here (ADR 0022).
     */
    public Optional<Set<String>> currentGroups(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId))
                .filter(Person::active)
                .map(p -> p.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /**
     * The roles of a signed-in person now, in one statement that also checks the session's row is still
     * there (ADR 0024): empty when they may no longer sign in or the session was ended elsewhere.
     */
    public Optional<Set<String>> currentGroups(long personId, String sessionKeyHash) {
        return em.createQuery("select distinct p from Person p left join fetch p.roles where p.id = :id and exists "
                        + "(select s.id from SignedInSession s where s.personId = p.id and s.keyHash = :k)", Person.class)
                .setParameter("id", personId).setParameter("k", sessionKeyHash)
                .getResultStream().findFirst()
                .filter(Person::active) // not canSignIn: people of single sign-on hold no password here
                .map(p -> p.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** A person established by other means (a second factor, an OpenID provider): valid while they may sign in. */
    public CredentialValidationResult validate(VerifiedCaller caller) {
        return currentGroups(caller.personId())
                .map(groups -> new CredentialValidationResult(String.valueOf(caller.personId()), groups))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /**
     * Whether the person's organisation accepts passwords typed here. Admins always may: the way in when
     * the OpenID provider is down or misconfigured (ADR 0022).
     */
    private boolean passwordSignInAllowed(Person person) {
        if (person.hasRole(org.kindred.domain.model.person.Role.ADMIN)) {
            return true;
        }
        Organisation organisation = em.find(Organisation.class, person.organisationId());
        return organisation == null || organisation.passwordSignIn();
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Person> person = em.createNamedQuery("Person.findByEmail", Person.class)
                .setParameter("email", login.getCaller().strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .filter(Person::canSignIn)
                .filter(this::passwordSignInAllowed);
        // One PBKDF2 run whether or not the account exists: timing does not tell which emails are known.
        if (!hasher.matches(login.getPassword().getValue(), person.map(Person::passwordHash).orElse(null))) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = person.get().roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(String.valueOf(person.get().id()), groups);
    }
}
