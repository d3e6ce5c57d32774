package org.kindred.domain.model.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of people and their setup links; implemented in infrastructure.persistence. */
public interface PersonRepository {

    Optional<Person> findById(long id);

    /** The person with their roles, in one statement: the signed-in caller of every request. */
    Optional<Person> findWithRoles(long id);

    Optional<Person> findByEmail(EmailAddress email);

    /** The people with these addresses, in any organisation, with their roles: one query for a batch. */
    List<Person> findWithRolesByEmails(Collection<EmailAddress> emails);

    List<Person> inOrganisation(long organisationId);

    List<Person> findAllById(Collection<Long> ids);

    long count();

    List<Person> withRole(long organisationId, Role role);

    /** How many active people of the organisation hold the role: "the last active admin" rules ask. */
    default long activeWithRole(long organisationId, Role role) {
        return withRole(organisationId, role).stream().filter(Person::active).count();
    }

    long countWithRole(Role role);

    void add(Person person);

    void add(PasswordSetupToken token);

    /**
     * Writes pending changes now, so that a broken unique rule (an email address taken meanwhile)
     * shows as {@link DuplicateEmailException} before anything is sent.
     */
    void flush();

    /** Which of these (normalised) addresses an account of any organisation has. */
    List<String> emailsTaken(Collection<String> emails);

    /** Removes the person's setup links not used yet (a leaver's): none of them opens the account any more. */
    void removeUnusedTokens(long personId);

    /** The token with this hash, locked for update until the transaction ends. */
    Optional<PasswordSetupToken> lockTokenByHash(String tokenHash);
}
