package org.kindred.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/privacy.md stays the inventory of the schema: every table of the Flyway migrations with a column
 * about a person is listed, and every listed row says when it is deleted, what the export does with it
 * and what erasure does to it. A new person column fails here until the inventory has its row.
 */
class PrivacyInventoryTest {

    private static final Path MIGRATIONS = Path.of("main/resources/db/migration");

    /** A column about a person: an id of one, who did something, an address, a name. */
    private static final Pattern PERSON_COLUMN = Pattern.compile(
            "^(person_id|actor_id|subject_id|.*email.*|recipient|display_name|password_hash|\\w+_by|\\w+_id)$");

    @Test
    void everyTableWithAPersonColumnIsInTheInventory() throws IOException {
        Map<String, Set<String>> personColumns = personColumns();
        Set<String> listed = new TreeSet<>();
        PrivacyInventory.rows().forEach(r -> listed.addAll(r.tables()));
        Map<String, Set<String>> missing = new TreeMap<>(personColumns);
        missing.keySet().removeAll(listed);
        assertEquals(Map.of(), missing, "tables with a person column that docs/privacy.md does not list");
    }

    @Test
    void everyRowSaysWhenItIsDeletedWhatTheExportDoesAndWhatErasureDoes() throws IOException {
        List<PrivacyInventory.Row> rows = PrivacyInventory.rows();
        assertTrue(rows.size() > 20, "the inventory is read: " + rows.size() + " rows");
        List<String> empty = new ArrayList<>();
        for (PrivacyInventory.Row row : rows) {
            assertFalse(row.columns().isEmpty(), row.toString());
            for (String heading : List.of("Deleted when", "In the export (`GET /api/account/data`, section)", "On erasure")) {
                if (row.cells().getOrDefault(heading, "").isBlank()) {
                    empty.add(row.columns() + ": " + heading);
                }
            }
        }
        assertEquals(List.of(), empty, "inventory cells left empty");
    }

    @Test
    void everyTableTheInventoryNamesExists() throws IOException {
        Set<String> tables = tables().keySet();
        List<String> unknown = new ArrayList<>();
        for (PrivacyInventory.Row row : PrivacyInventory.rows()) {
            for (String table : row.tables()) {
                if (!tables.contains(table)) {
                    unknown.add(table);
                }
            }
        }
        assertEquals(List.of(), unknown, "docs/privacy.md names tables the migrations do not make");
    }

    /**
     * Tables with a column about a person: person itself, a foreign key to person, or a column named for
     * a person (person_id, actor_id, subject_id, an address). Other *_id columns count only through a
     * foreign key to person.
     */
    static Map<String, Set<String>> personColumns() throws IOException {
        Map<String, Set<String>> result = new TreeMap<>();
        for (Map.Entry<String, List<String>> table : tables().entrySet()) {
            for (String definition : table.getValue()) {
                String column = definition.split("\\s+")[0].toLowerCase(Locale.ROOT);
                boolean foreignKeyToPerson = definition.matches("(?is).*FOREIGN KEY\\s*\\((\\w+)\\)\\s*REFERENCES person\\s*\\(.*");
                if (foreignKeyToPerson) {
                    Matcher fk = Pattern.compile("(?i)FOREIGN KEY\\s*\\((\\w+)\\)").matcher(definition);
                    fk.find();
                    result.computeIfAbsent(table.getKey(), k -> new TreeSet<>()).add(fk.group(1).toLowerCase(Locale.ROOT));
                } else if (!definition.matches("(?is)\\s*CONSTRAINT.*") && PERSON_COLUMN.matcher(column).matches()
                        && !column.endsWith("_id") || Set.of("person_id", "actor_id", "subject_id").contains(column)) {
                    result.computeIfAbsent(table.getKey(), k -> new TreeSet<>()).add(column);
                }
            }
        }
        result.put("person", new TreeSet<>(Set.of("id")));
        return result;
    }

    /** Each table of the migrations with its column and constraint definitions (CREATE TABLE and ADD COLUMN). */
    static Map<String, List<String>> tables() throws IOException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(MIGRATIONS)) {
            files = list.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        Pattern create = Pattern.compile("(?is)CREATE TABLE (\\w+)\\s*\\((.*?)\\n\\);");
        Pattern add = Pattern.compile("(?i)ALTER TABLE (\\w+) ADD COLUMN (\\w+[^;]*);");
        for (Path file : files) {
            String sql = Files.readString(file).replaceAll("(?m)--.*$", "");
            Matcher c = create.matcher(sql);
            while (c.find()) {
                List<String> definitions = tables.computeIfAbsent(c.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                for (String definition : c.group(2).split(",\\s*\\n")) {
                    definitions.add(definition.strip());
                }
            }
            Matcher a = add.matcher(sql);
            while (a.find()) {
                tables.computeIfAbsent(a.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a.group(2).strip());
            }
        }
        return tables;
    }
}
