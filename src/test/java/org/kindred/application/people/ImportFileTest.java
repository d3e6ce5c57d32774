package org.kindred.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.infrastructure.csv.CommonsCsvPeopleReader;

/** The import file's rules: columns by header, each bad row with its line and reason, what each good row would do. */
class ImportFileTest {

    private static final String ADMIN = "ada@kindred.test";

    private final Map<String, Person> known = Map.of(
            "same@kindred.test", person("Sam Same", "same@kindred.test", EnumSet.of(Role.PARTICIPANT)),
            "renamed@kindred.test", person("Old Name", "renamed@kindred.test", EnumSet.of(Role.PARTICIPANT)),
            "leaving@kindred.test", person("Lee Leaving", "leaving@kindred.test", EnumSet.of(Role.FACILITATOR)),
            ADMIN, person("Ada Admin", ADMIN, EnumSet.of(Role.ADMIN)));

    private final ImportFile.People people = new ImportFile.People() {
        @Override
        public Optional<Person> inOrganisation(String email) {
            return Optional.ofNullable(known.get(email));
        }

        @Override
        public boolean takenElsewhere(String email) {
            return email.equals("elsewhere@kindred.test");
        }
    };

    private ImportFile.Preview preview(String csv) {
        return preview(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ImportFile.Preview preview(byte[] content) {
        return ImportFile.check(new CommonsCsvPeopleReader().read(content, ImportFile.MAX_ROWS), people, ADMIN);
    }

    @Test
    void aGoodFileIsCountedByWhatEachRowWouldDo() {
        ImportFile.Preview preview = preview("""
                email,name,roles,active
                new@kindred.test,Nia New,Facilitator;participant,
                SAME@kindred.test,Sam Same,,true
                renamed@kindred.test,New Name,participant,yes
                leaving@kindred.test,Lee Leaving,facilitator,false
                nobody@kindred.test,No Body,,0
                """);
        assertEquals(List.of(), preview.bad());
        assertEquals(1, preview.created());
        assertEquals(2, preview.unchanged(), "the same person, and nobody to deactivate");
        assertEquals(1, preview.changed());
        assertEquals(1, preview.deactivated());
        assertEquals(EnumSet.of(Role.FACILITATOR, Role.PARTICIPANT), preview.rows().get(0).roles());
        assertEquals(3, preview.changes().size());
    }

    @Test
    void columnsAreFoundByTheirHeaderNamesInAnyOrder() {
        ImportFile.Preview preview = preview("Roles,Display name,Work email\nadmin|organiser,Nia New,new@kindred.test\n");
        assertEquals(List.of(), preview.bad());
        assertEquals(EnumSet.of(Role.ADMIN, Role.ORGANISER), preview.rows().get(0).roles());
    }

    @Test
    void aBomAndSemicolonsAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "email;name;roles\nnew@kindred.test;\"Nia; New\";facilitator|participant\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        ImportFile.Preview preview = preview(content);
        assertEquals(List.of(), preview.bad());
        assertEquals("Nia; New", preview.rows().get(0).name());
        assertEquals(1, preview.created());
    }

    @Test
    void everyBadRowIsNamedByItsLineWithItsReason() {
        ImportFile.Preview preview = preview("""
                email,name,roles,active
                not-an-address,Nia New,,
                new@kindred.test,Nia New,,

                other@kindred.test,Oli Other,wizard,
                new@kindred.test,Nia Again,,
                ,No Address,,
                missing@kindred.test,,,
                %s@kindred.test,Long Address,,
                long@kindred.test,%s,,
                ada@kindred.test,Ada Admin,organiser,
                elsewhere@kindred.test,Else Where,,
                flag@kindred.test,Fay Flag,,maybe
                """.formatted("a".repeat(250), "n".repeat(201)));
        assertEquals(List.of(2, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                preview.bad().stream().map(ImportFile.BadRow::line).toList(), preview.bad().toString());
        assertTrue(preview.bad().get(0).reason().contains("not an email address"));
        assertTrue(preview.bad().get(1).reason().contains("wizard"), "an unknown role, on line 5 past a blank line");
        assertEquals("The same email address as line 3.", preview.bad().get(2).reason(), "both lines named");
        assertEquals("The email address is missing.", preview.bad().get(3).reason());
        assertEquals("The name is missing.", preview.bad().get(4).reason());
        assertTrue(preview.bad().get(5).reason().contains("longer than 254"));
        assertTrue(preview.bad().get(6).reason().contains("longer than 200"));
        assertTrue(preview.bad().get(7).reason().contains("your own admin access"));
        assertTrue(preview.bad().get(8).reason().contains("cannot be used"));
        assertTrue(preview.bad().get(9).reason().contains("maybe"));
        assertEquals(1, preview.created(), "line 3 alone is good");
    }

    @Test
    void aFileWithoutTheColumnsOrNotUtf8OrTooLongIsRefusedAsAWhole() {
        assertThrows(ImportFileException.class, () -> preview("name,roles\nNia,participant\n"));
        assertThrows(ImportFileException.class, () -> preview(""));
        assertThrows(ImportFileException.class, () -> preview(new byte[] {'e', ',', (byte) 0xC3, '\n'}));
        StringBuilder many = new StringBuilder("email,name\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            many.append("p").append(i).append("@kindred.test,P ").append(i).append('\n');
        }
        ImportFileException tooMany = assertThrows(ImportFileException.class, () -> preview(many.toString()));
        assertTrue(tooMany.getMessage().contains("20,000"), tooMany.getMessage());
    }

    @Test
    void quotesThatNeverCloseAreAClearRefusal() {
        ImportFileException e = assertThrows(ImportFileException.class,
                () -> preview("email,name\n\"new@kindred.test,Nia\n"));
        assertTrue(e.getMessage().startsWith("The file could not be read as CSV"), e.getMessage());
    }

    private static Person person(String name, String email, Set<Role> roles) {
        return new Person(1L, name, new EmailAddress(email), roles, Instant.EPOCH);
    }
}
