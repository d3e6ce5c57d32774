package org.kindred.rights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inventory table of docs/privacy.md, read as data: each row's tables and columns (the first cell,
 * "`membership.person_id`, `.group_id`" naming the table once) and its cells by heading.
 */
public final class PrivacyInventory {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One row: the table.column names of its first cell, and every cell by its heading. */
    public record Row(List<String> columns, Map<String, String> cells) {
        public Set<String> tables() {
            Set<String> tables = new LinkedHashSet<>();
            columns.forEach(c -> tables.add(c.substring(0, c.indexOf('.'))));
            return tables;
        }
    }

    private PrivacyInventory() {
    }

    /** The docs folder, from the module's directory (where the tests run) or the repository's. */
    public static Path docs() {
        Path fromModule = Path.of("../docs/privacy.md");
        return Files.exists(fromModule) ? fromModule : Path.of("docs/privacy.md");
    }

    public static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(docs());
        List<String> headings = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("| Table.column |")) {
                headings = cells(line);
            } else if (headings != null && line.startsWith("| `")) {
                List<String> cells = cells(line);
                Map<String, String> byHeading = new LinkedHashMap<>();
                for (int i = 0; i < headings.size(); i++) {
                    byHeading.put(headings.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(new Row(columns(cells.get(0)), byHeading));
            } else if (headings != null && !line.startsWith("|")) {
                headings = null; // the table ended
            }
        }
        return rows;
    }

    /** "`a.b`, `.c`, `d.*`" → a.b, a.c, d.* */
    static List<String> columns(String firstCell) {
        List<String> columns = new ArrayList<>();
        String table = null;
        Matcher m = CODE.matcher(firstCell);
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith(".")) {
                columns.add(table + name);
            } else {
                table = name.substring(0, name.indexOf('.'));
                columns.add(name);
            }
        }
        return columns;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
