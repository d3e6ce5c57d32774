package org.kindred.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.application.PortalSettings;
import org.kindred.application.mail.MailMessage;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/** The first-admin bootstrap and the invitation it sends, with in-memory stand-ins for the ports. */
class FirstAdminTest {

    private final List<Person> people = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<MailMessage> sent = new ArrayList<>();
    private final FirstAdmin firstAdmin = new FirstAdmin();

    @BeforeEach
    void wire() {
        AccountService accounts = new AccountService();
        accounts.people = new InMemoryPeople();
        accounts.mailer = sent::add;
        accounts.hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return "hashed";
            }

            @Override
            public boolean matches(char[] password, String storedHash) {
                return false;
            }
        };
        accounts.portal = new PortalSettings() {
            @Override
            public URI link(String pathAndQuery) {
                return URI.create("https://kindred.example" + pathAndQuery);
            }

            @Override
            public ZoneId timeZone() {
                return ZoneId.of("Europe/London");
            }

            @Override
            public boolean demoMode() {
                return false;
            }
        };
        accounts.clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        firstAdmin.people = accounts.people;
        firstAdmin.organisations = new OrganisationRepository() {
            @Override
            public List<Organisation> findAll() {
                return organisations;
            }

            @Override
            public Optional<Organisation> find(long organisationId) {
                return organisations.stream().filter(o -> o.id() == organisationId).findFirst();
            }

            @Override
            public void add(Organisation organisation) {
                setId(organisation, organisations.size() + 1L);
                organisations.add(organisation);
            }
        };
        firstAdmin.accounts = accounts;
    }

    @Test
    void aNewInstallationInvitesTheConfiguredAdminOnce() {
        Optional<Long> invited = firstAdmin.inviteIfNoAdmin("Root@Trust.nhs.uk", "Rowan Root", "Northfield Trust",
                ZoneId.of("Europe/London"));

        assertTrue(invited.isPresent());
        assertEquals(1, organisations.size());
        assertEquals("Northfield Trust", organisations.get(0).name());
        assertEquals(1, people.size());
        assertTrue(people.get(0).hasRole(Role.ADMIN));
        assertEquals(1, sent.size());
        assertEquals("root@trust.nhs.uk", sent.get(0).to());
        assertTrue(sent.get(0).text().contains("https://kindred.example/set-password.xhtml?token="), sent.get(0).text());

        assertEquals(Optional.empty(), firstAdmin.inviteIfNoAdmin("other@trust.nhs.uk", "Other", "X",
                ZoneId.of("Europe/London")), "an admin exists now");
        assertEquals(1, sent.size());
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class InMemoryPeople implements PersonRepository {
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
            return people;
        }

        @Override
        public List<Person> findAllById(java.util.Collection<Long> ids) {
            return people.stream().filter(p -> ids.contains(p.id())).toList();
        }

        @Override
        public List<Person> withRole(long organisationId, Role role) {
            return people.stream().filter(p -> p.hasRole(role)).toList();
        }

        @Override
        public long count() {
            return people.size();
        }

        @Override
        public long countWithRole(Role role) {
            return people.stream().filter(p -> p.hasRole(role)).count();
        }

        @Override
        public void add(Person person) {
            setId(person, people.size() + 1L);
            people.add(person);
        }

        @Override
        public void add(PasswordSetupToken token) {
            // the token's hash is all that would be stored
        }

        @Override
        public void flush() {
            // nothing is pending in memory
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
