package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.application.Retry;
import org.kindred.domain.model.person.DuplicateEmailException;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/** Every address gives a person, found or made, so that asking one tells the organiser nothing. */
class AddressedPeopleTest {

    private static final Instant NOW = Instant.parse("2028-01-10T09:00:00Z");

    private final List<Person> people = new ArrayList<>();
    private final List<PasswordSetupToken> tokens = new ArrayList<>();
    private final AddressedPeople addressed = new AddressedPeople();
    private boolean duplicateOnFlush;

    @BeforeEach
    void wire() {
        addressed.people = new People();
        addressed.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private Person existing(long organisationId, String email, boolean withPassword) {
        Person person = new Person(organisationId, "Pat Existing", new EmailAddress(email), Set.of(Role.FACILITATOR), NOW);
        if (withPassword) {
            person.changePasswordHash("hash");
        }
        addressed.people.add(person);
        return person;
    }

    @Test
    void anAddressWithAnAccountGivesThatPersonWhateverTheirOrganisation() {
        Person own = existing(1, "pat@trust.example", true);
        Person elsewhere = existing(2, "sam@other.example", true);
        assertSame(own, addressed.reach(1, new EmailAddress("Pat@Trust.example"), true).person());
        AddressedPeople.Reached reached = addressed.reach(1, new EmailAddress("sam@other.example"), true);
        assertSame(elsewhere, reached.person());
        assertNull(reached.setupSecret(), "they have a password: no new link");
        assertEquals(2, people.size(), "no account made");
        assertTrue(tokens.isEmpty());
    }

    @Test
    void anAddressWithoutOneGetsANewParticipantAccountWithALinkToChooseAPassword() {
        AddressedPeople.Reached reached = addressed.reach(7, new EmailAddress("new.person@trust.example"), true);
        Person made = reached.person();
        assertEquals(7L, made.organisationId());
        assertEquals(Set.of(Role.PARTICIPANT), made.roles());
        assertEquals("new.person", made.displayName(), "only what the address says");
        assertNull(made.passwordHash());
        assertNotNull(reached.setupSecret());
        assertEquals(1, tokens.size());
        assertEquals(SetupTokens.hash(reached.setupSecret()), tokenHash(tokens.get(0)));
        assertFalse(reached.toString().contains(reached.setupSecret()) || reached.toString().contains("new.person"));
    }

    @Test
    void aPasswordlessAccountGetsAFreshLinkOnlyWhenItMustSignIn() {
        Person invited = existing(1, "ivy@trust.example", false);
        assertNull(addressed.reach(1, new EmailAddress("ivy@trust.example"), false).setupSecret());
        assertTrue(tokens.isEmpty());
        AddressedPeople.Reached again = addressed.reach(1, new EmailAddress("ivy@trust.example"), true);
        assertSame(invited, again.person());
        assertNotNull(again.setupSecret());
    }

    @Test
    void anAccountMadeMeanwhileAtTheSameAddressRunsTheTransactionAgain() {
        duplicateOnFlush = true;
        Retry.Again again = assertThrows(Retry.Again.class,
                () -> addressed.reach(1, new EmailAddress("race@trust.example"), true));
        assertTrue(Retry.isTransient(again));
    }

    private static String tokenHash(PasswordSetupToken token) {
        try {
            Field field = PasswordSetupToken.class.getDeclaredField("tokenHash");
            field.setAccessible(true);
            return (String) field.get(token);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class People implements PersonRepository {
        @Override
        public Optional<Person> findById(long id) {
            return people.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public Optional<Person> findWithRoles(long id) {
            return findById(id);
        }

        @Override
        public Optional<Person> findByEmail(EmailAddress email) {
            return people.stream().filter(p -> p.email().equals(email)).findFirst();
        }

        @Override
        public List<Person> inOrganisation(long organisationId) {
            return people.stream().filter(p -> p.organisationId() == organisationId).toList();
        }

        @Override
        public List<Person> findAllById(Collection<Long> ids) {
            return people.stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public long count() {
            return people.size();
        }

        @Override
        public List<Person> withRole(long organisationId, Role role) {
            return people.stream().filter(p -> p.hasRole(role)).toList();
        }

        @Override
        public long countWithRole(Role role) {
            return people.stream().filter(p -> p.hasRole(role)).count();
        }

        @Override
        public void add(Person person) {
            try {
                Field id = Person.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(person, people.size() + 1L);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            people.add(person);
        }

        @Override
        public void add(PasswordSetupToken token) {
            tokens.add(token);
        }

        @Override
        public void flush() {
            if (duplicateOnFlush) {
                throw new DuplicateEmailException();
            }
        }

        @Override
        public List<String> emailsTaken(java.util.Collection<String> emails) {
            return List.of();
        }

        @Override
        public void removeUnusedTokens(long personId) {
        }

        @Override
        public List<Person> findWithRolesByEmails(java.util.Collection<EmailAddress> emails) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<PasswordSetupToken> lockTokenByHash(String tokenHash) {
            return Optional.empty();
        }
    }
}
